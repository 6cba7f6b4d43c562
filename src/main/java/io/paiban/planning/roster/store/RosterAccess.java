package io.paiban.planning.roster.store;

import io.paiban.platform.error.ApiException;
import io.paiban.security.AccessScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Rosters and their solve jobs are site data: visible to whoever may see the roster's site. */
@ApplicationScoped
public class RosterAccess {

    @Inject
    AccessScope scope;

    public SiteRoster requireRoster(long rosterId) {
        SiteRoster roster = SiteRoster.findById(rosterId);
        if (roster == null || !scope.canSeeSite(roster.siteId)) {
            throw ApiException.notFound("Roster", rosterId);
        }
        return roster;
    }

    public void requireSite(long siteId) {
        scope.requireSite(siteId);
    }

    public boolean canSeeRoster(long rosterId) {
        return SiteRoster.<SiteRoster>findByIdOptional(rosterId).map(r -> scope.canSeeSite(r.siteId)).orElse(false);
    }

    public <T> List<T> visible(List<T> items, java.util.function.ToLongFunction<T> rosterId) {
        return items.stream().filter(item -> canSeeRoster(rosterId.applyAsLong(item))).toList();
    }
}
