package io.paiban.agent.selfservice;

import io.paiban.platform.error.ApiException;
import io.paiban.planning.roster.publication.PublishedShiftService;
import io.paiban.security.AccessScope;
import io.paiban.agent.selfservice.SelfServiceDtos.FeedIssued;
import io.paiban.agent.selfservice.SelfServiceDtos.FeedStatus;
import io.paiban.masterdata.workforce.Agent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Calendar apps cannot send passwords, so the feed URL carries a random secret instead. One live
 * token per agent: issuing a new one or revoking stops the old URL at once.
 */
@ApplicationScoped
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccessScope scope;

    @Inject
    PublishedShiftService published;

    @Inject
    CalendarFeedConfig config;

    @Transactional
    public FeedIssued issueOwn(String requestBaseUrl) {
        long agentId = scope.ownAgentId();
        revoke(agentId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeedToken row = new CalendarFeedToken();
        row.agentId = agentId;
        row.tokenHash = sha256(token);
        row.createdAt = Instant.now();
        row.persist();
        String base = config.publicBaseUrl().orElse(requestBaseUrl).replaceAll("/+$", "");
        return new FeedIssued(base + "/api/calendar-feeds/" + token + ".ics", token, row.createdAt);
    }

    public FeedStatus ownStatus() {
        CalendarFeedToken live = live(scope.ownAgentId());
        return live == null ? new FeedStatus(false, null, null) : new FeedStatus(true, live.createdAt, live.lastUsedAt);
    }

    @Transactional
    public void revokeOwn() {
        revoke(scope.ownAgentId());
    }

    /** A supervisor or administrator cuts off a feed, e.g. a lost phone or an agent who left. */
    @Transactional
    public void revokeFor(long agentId) {
        scope.requireAgent(agentId);
        if (Agent.findById(agentId) == null) {
            throw ApiException.notFound("agent", agentId);
        }
        revoke(agentId);
    }

    /** The .ics text for a token; unknown and revoked tokens are both 404, so neither can be probed. */
    @Transactional
    public String feed(String token) {
        CalendarFeedToken row = CalendarFeedToken.find("tokenHash = ?1 and revokedAt is null", sha256(token)).firstResult();
        if (row == null) {
            throw ApiException.notFound("calendar feed", "(token)");
        }
        row.lastUsedAt = Instant.now();
        Agent agent = Agent.findById(row.agentId);
        LocalDate today = LocalDate.now(agent.site.zone());
        return ShiftCalendarWriter.write(agent.id, agent.fullName,
                published.forAgent(agent.id, today.minusDays(config.daysBack()), today.plusDays(config.daysAhead())), Instant.now());
    }

    /**
     * One UPDATE, run at once (not at flush, where Hibernate would insert the new token first): the live token is
     * revoked before the next one is inserted, which the unique key on the live token (V16_3) needs.
     */
    private static void revoke(long agentId) {
        CalendarFeedToken.update("revokedAt = ?1 where agentId = ?2 and revokedAt is null", Instant.now(), agentId);
    }

    private static CalendarFeedToken live(long agentId) {
        return CalendarFeedToken.find("agentId = ?1 and revokedAt is null", Sort.descending("id"), agentId).firstResult();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
