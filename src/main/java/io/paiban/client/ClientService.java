package io.paiban.client;

import io.paiban.client.ClientDtos.ClientRequest;
import io.paiban.client.ClientDtos.ClientView;
import io.paiban.client.ClientDtos.StandardDto;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.UniqueKeys;
import io.paiban.platform.error.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ClientService {

    public List<ClientView> list() {
        return Client.<Client>listAll(io.quarkus.panache.common.Sort.by("code")).stream().map(ClientView::of).toList();
    }

    public ClientView get(long id) {
        return ClientView.of(find(id));
    }

    public Client find(long id) {
        return Client.<Client>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Client", id));
    }

    @Transactional
    public ClientView create(ClientRequest request) {
        UniqueKeys.require(Client.class, "code", request.code(), null, "Client code");
        Client client = new Client();
        apply(client, request);
        if (request.standards() == null) {
            client.standards = new ArrayList<>(ContractDefaults.standardsFor(request.platform()));
        }
        client.persistAndFlush();
        return ClientView.of(client);
    }

    @Transactional
    public ClientView update(long id, ClientRequest request) {
        Client client = find(id);
        client.requireVersion(request.version(), "Client");
        UniqueKeys.require(Client.class, "code", request.code(), id, "Client code");
        apply(client, request);
        client.persistAndFlush();
        return ClientView.of(client);
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
        Client.flush();
    }

    private static void apply(Client client, ClientRequest request) {
        validateStandards(request.standards());
        client.code = request.code();
        client.name = request.name();
        client.platform = request.platform();
        if (request.standards() != null) {
            client.standards.clear();
            request.standards().stream().map(StandardDto::toEntity).forEach(client.standards::add);
        }
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
