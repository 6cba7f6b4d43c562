package io.paiban.contract;

import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;

/**
 * Stands in for a CLIENT_VIEWER until real users exist: a request with header X-Test-Client sees that
 * client only, as the real AccessScope promises (404 for other ids, lists filtered). Selected only by
 * {@link ClientViewerAccessTest}'s profile; the lead replaces it with real viewer users.
 */
@Alternative
@RequestScoped
public class HeaderClientScope extends AccessScope {

    static final String HEADER = "X-Test-Client";

    @Inject
    CurrentVertxRequest request;

    private Optional<Long> viewerClient() {
        String value = request.getCurrent() == null ? null : request.getCurrent().request().getHeader(HEADER);
        return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    @Override
    public void requireClient(long clientId) {
        if (viewerClient().filter(c -> c != clientId).isPresent()) {
            throw ApiException.notFound("Client", clientId);
        }
    }

    @Override
    public Optional<Set<Long>> visibleClientIds() {
        return viewerClient().map(Set::of);
    }
}
