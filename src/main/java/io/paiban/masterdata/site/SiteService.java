package io.paiban.masterdata.site;

import io.paiban.security.AccessScope;
import jakarta.inject.Inject;
import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.UniqueKeys;
import io.paiban.platform.persistence.VersionedCrudService;
import io.paiban.masterdata.site.SiteDtos.SiteRequest;
import io.paiban.masterdata.site.SiteDtos.SiteView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class SiteService extends VersionedCrudService<Site, SiteRequest, SiteView> {

    @Inject
    AccessScope scope;

    public SiteService() {
        super(Site.class, "Site");
    }

    public List<SiteView> list() {
        return Site.<Site>listAll(Sort.by("code")).stream()
                .filter(s -> scope.canSeeSite(s.id)).map(SiteView::of).toList();
    }

    @Override
    protected void authorize(Site site) {
        scope.requireSite(site.id);
    }

    @Override
    protected void apply(Site site, SiteRequest request) {
        UniqueKeys.require(Site.class, "code", request.code(), site.id, "Site code");
        site.code = request.code();
        site.name = request.name();
        site.timeZone = request.timeZone() == null || request.timeZone().isBlank()
                ? Site.DEFAULT_TIME_ZONE : validZone(request.timeZone());
        site.holidayCalendar = request.holidayCalendar() == null || request.holidayCalendar().isBlank() ? null : request.holidayCalendar();
    }

    @Override
    protected SiteView view(Site site) {
        return SiteView.of(site);
    }

    private static String validZone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timeZone", "'" + zone + "' is not an IANA time zone such as Asia/Shanghai");
        }
    }
}
