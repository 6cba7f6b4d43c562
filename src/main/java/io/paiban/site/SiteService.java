package io.paiban.site;

import io.paiban.platform.error.ApiException;
import io.paiban.platform.persistence.UniqueKeys;
import io.paiban.site.SiteDtos.SiteRequest;
import io.paiban.site.SiteDtos.SiteView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

@ApplicationScoped
public class SiteService {

    public List<SiteView> list() {
        return Site.<Site>listAll(Sort.by("code")).stream().map(SiteView::of).toList();
    }

    public SiteView get(long id) {
        return SiteView.of(find(id));
    }

    public Site find(long id) {
        return Site.<Site>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Site", id));
    }

    @Transactional
    public SiteView create(SiteRequest request) {
        UniqueKeys.require(Site.class, "code", request.code(), null, "Site code");
        Site site = new Site();
        apply(site, request);
        site.persistAndFlush();
        return SiteView.of(site);
    }

    @Transactional
    public SiteView update(long id, SiteRequest request) {
        Site site = find(id);
        site.requireVersion(request.version(), "Site");
        UniqueKeys.require(Site.class, "code", request.code(), id, "Site code");
        apply(site, request);
        site.persistAndFlush();
        return SiteView.of(site);
    }

    @Transactional
    public void delete(long id) {
        find(id).delete();
        Site.flush();
    }

    private static void apply(Site site, SiteRequest request) {
        site.code = request.code();
        site.name = request.name();
        site.timeZone = request.timeZone() == null || request.timeZone().isBlank()
                ? Site.DEFAULT_TIME_ZONE : validZone(request.timeZone());
    }

    private static String validZone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timeZone", "'" + zone + "' is not an IANA time zone such as Asia/Shanghai");
        }
    }
}
