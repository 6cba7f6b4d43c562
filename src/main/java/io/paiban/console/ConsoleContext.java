package io.paiban.console;

import io.paiban.security.AccessScope;
import io.paiban.security.Caller;
import io.paiban.security.Role;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What every console page needs from the request: the caller (the same {@link AccessScope} as the REST API),
 * the language chosen by cookie (Chinese unless "en"), and the navigation the caller's role may use.
 */
@RequestScoped
public class ConsoleContext {

    public static final String LANG_COOKIE = "paiban-lang";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    AccessScope scope;

    @Inject
    CurrentVertxRequest request;

    public record NavItem(String key, String href) {
    }

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    /** The signed-in caller; an anonymous visitor is sent to the sign-in page. */
    public Caller caller() {
        if (identity.isAnonymous()) {
            throw new ConsoleSignInRequired();
        }
        return scope.caller();
    }

    public Locale locale() {
        Cookie cookie = request.getCurrent() == null ? null : request.getCurrent().request().getCookie(LANG_COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? Locale.ENGLISH : CHINESE;
    }

    public boolean english() {
        return Locale.ENGLISH.equals(locale());
    }

    /** Refuses unless the caller has one of the roles. */
    public void require(Role... roles) {
        if (!Arrays.asList(roles).contains(caller().role())) {
            throw new ConsoleRefused();
        }
    }

    public boolean isOneOf(Role... roles) {
        return Arrays.asList(roles).contains(caller().role());
    }

    public List<NavItem> nav() {
        List<NavItem> items = new ArrayList<>();
        Role role = caller().role();
        if (role == Role.ADMIN || role == Role.SUPERVISOR || role == Role.PLANNER) {
            items.add(new NavItem("nav_rosters", "/console/rosters"));
        }
        if (role == Role.ADMIN || role == Role.SUPERVISOR) {
            items.add(new NavItem("nav_requests", "/console/requests"));
        }
        if (role != Role.AGENT) {
            items.add(new NavItem("nav_service_level", "/console/service-level"));
        }
        if (role == Role.AGENT) {
            items.add(new NavItem("nav_me", "/console/me"));
        }
        // planning pages (issue 21): forecast with the roles of /api/forecast-runs, staffing and capacity with theirs
        if (role == Role.ADMIN || role == Role.PLANNER) {
            items.add(new NavItem("nav_forecast", "/console/forecast"));
        }
        if (role == Role.ADMIN || role == Role.SUPERVISOR || role == Role.PLANNER) {
            items.add(new NavItem("nav_staffing", "/console/staffing"));
            items.add(new NavItem("nav_capacity", "/console/capacity"));
        }
        // floor pages (issue 21b): the roles of /api/intraday and /api/attendance
        if (role == Role.ADMIN || role == Role.SUPERVISOR) {
            items.add(new NavItem("nav_today", "/console/today"));
            items.add(new NavItem("nav_intraday", "/console/intraday"));
            items.add(new NavItem("nav_attendance", "/console/attendance"));
        }
        return items;
    }

    /** The current path and query, URL-encoded, for links that come back here (language switch). */
    public String here() {
        String uri = request.getCurrent() == null ? "/console" : request.getCurrent().request().uri();
        return java.net.URLEncoder.encode(uri, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A page with the layout's data: user, role, navigation, locale. */
    public TemplateInstance page(TemplateInstance instance, String active) {
        Caller caller = caller();
        return instance.data("user", caller.username()).data("role", caller.role().name()).data("nav", nav())
                .data("active", active).data("english", english()).data("lang", english() ? "en" : "zh-CN").data("here", here())
                .setLocale(locale());
    }

    /** A page for anonymous visitors (sign-in). */
    public TemplateInstance anonymousPage(TemplateInstance instance) {
        return instance.data("user", null).data("role", null).data("nav", List.of()).data("active", "")
                .data("english", english()).data("lang", english() ? "en" : "zh-CN").data("here", here()).setLocale(locale());
    }
}
