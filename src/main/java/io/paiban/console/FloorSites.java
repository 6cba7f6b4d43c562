package io.paiban.console;

import io.paiban.masterdata.site.SiteDtos.SiteView;
import io.paiban.masterdata.site.SiteService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The site a floor page (today, intraday, attendance) shows: one of the caller's sites from {@link SiteService}
 * (the same scoping as GET /api/sites), the first one unless the request names another. A site outside the
 * caller's scope is refused like any other page data.
 */
@RequestScoped
public class FloorSites {

    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    SiteService sites;

    private List<SiteView> visible;

    public List<SiteView> visible() {
        if (visible == null) {
            visible = sites.list();
        }
        return visible;
    }

    /** The chosen site, or null when the caller has none. */
    public SiteView choose(String siteId) {
        if (siteId == null || siteId.isBlank()) {
            return visible().isEmpty() ? null : visible().get(0);
        }
        long id;
        try {
            id = Long.parseLong(siteId.trim());
        } catch (NumberFormatException e) {
            throw new ConsoleRefused();
        }
        return visible().stream().filter(s -> s.id() == id).findFirst().orElseThrow(ConsoleRefused::new);
    }

    static ZoneId zone(SiteView site) {
        return ZoneId.of(site.timeZone());
    }

    static String hm(Instant instant, ZoneId zone) {
        return instant == null ? "" : HM.format(instant.atZone(zone));
    }

    static String percent(Double share) {
        return share == null || share.isNaN() ? null : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** Only the known flash codes are shown (the query string is the caller's). */
    static String flash(String code) {
        return code != null && java.util.Set.of("ran", "accepted", "rejected", "generated", "ranked").contains(code) ? code : null;
    }
}
