package io.paiban.masterdata.client;

import io.paiban.security.AccessScope;
import jakarta.inject.Inject;
import io.paiban.masterdata.client.ClientDtos.ClientRequest;
import io.paiban.masterdata.client.ClientDtos.ClientView;
import io.paiban.masterdata.client.ClientDtos.StandardDto;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.error.Problem;
import io.paiban.platform.persistence.UniqueKeys;
import io.paiban.platform.persistence.VersionedCrudService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ClientService extends VersionedCrudService<Client, ClientRequest, ClientView> {

    @Inject
    AccessScope scope;

    public ClientService() {
        super(Client.class, "Client");
    }

    public List<ClientView> list() {
        return Client.<Client>listAll(Sort.by("code")).stream()
                .filter(c -> scope.canSeeClient(c.id)).map(ClientView::of).toList();
    }

    /** Without standards a new client gets the contract defaults of its platform; a replace keeps them. */
    @Override
    protected void authorize(Client client) {
        scope.requireClient(client.id);
    }

    @Override
    protected void apply(Client client, ClientRequest request) {
        validateStandards(request.standards());
        UniqueKeys.require(Client.class, "code", request.code(), client.id, "Client code");
        client.code = request.code();
        client.name = request.name();
        client.platform = request.platform();
        if (request.standards() != null) {
            client.standards.clear();
            request.standards().stream().map(StandardDto::toEntity).forEach(client.standards::add);
        } else if (client.id == null) {
            client.standards = new ArrayList<>(ContractDefaults.standardsFor(request.platform()));
        }
    }

    @Override
    protected ClientView view(Client client) {
        return ClientView.of(client);
    }

    private static void validateStandards(List<StandardDto> standards) {
        if (standards == null) {
            return;
        }
        List<Problem.InvalidParam> problems = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            problems.addAll(standards.get(i).target().toEntity().problems("standards[" + i + "].target."));
            for (int j = 0; j < i; j++) {
                if (standards.get(j).channel() == standards.get(i).channel()
                        && standards.get(j).queueFunction() == standards.get(i).queueFunction()) {
                    problems.add(Problem.InvalidParam.field("standards[" + i + "]",
                            "duplicates standards[" + j + "] (same channel and queue function)"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }
}
