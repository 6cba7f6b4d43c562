package io.paiban.planning.roster.inputs;

import io.paiban.platform.error.ApiException;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.planning.roster.solver.RosterConstraintConfiguration;
import io.paiban.masterdata.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Constraint weights of a roster: the defaults of {@link RosterConstraintConfiguration}, then the overrides of
 * the clients served on the site (if two clients set the same constraint, the higher weight wins: the
 * strictest contract decides), then the site's own overrides. Hard rules are not weighted per site or client.
 */
@ApplicationScoped
public class RosterWeights {

    public enum Level { HARD, MEDIUM, SOFT }

    public record ConstraintInfo(String name, Level level, long defaultWeight) {
    }

    private final Map<String, ConstraintInfo> constraints = new LinkedHashMap<>();

    public RosterWeights() {
        RosterConstraintConfiguration defaults = new RosterConstraintConfiguration();
        for (Field field : RosterConstraintConfiguration.class.getDeclaredFields()) {
            ConstraintWeight annotation = field.getAnnotation(ConstraintWeight.class);
            if (annotation == null) {
                continue;
            }
            try {
                field.setAccessible(true);
                HardMediumSoftLongScore weight = (HardMediumSoftLongScore) field.get(defaults);
                Level level = weight.hardScore() != 0 ? Level.HARD : weight.mediumScore() != 0 ? Level.MEDIUM : Level.SOFT;
                long value = level == Level.HARD ? weight.hardScore() : level == Level.MEDIUM ? weight.mediumScore() : weight.softScore();
                constraints.put(annotation.value(), new ConstraintInfo(annotation.value(), level, value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public List<ConstraintInfo> constraints() {
        return List.copyOf(constraints.values());
    }

    public Level level(String constraintName) {
        ConstraintInfo info = constraints.get(constraintName);
        return info == null ? Level.SOFT : info.level();
    }

    /** The constraint named, or 400 naming the field; hard rules are refused. */
    public ConstraintInfo requireWeighable(String constraintName) {
        ConstraintInfo info = constraints.get(constraintName);
        if (info == null) {
            throw ApiException.invalidField("constraintName", "no roster constraint named '" + constraintName + "'; known: "
                    + String.join(", ", constraints.keySet()));
        }
        if (info.level() == Level.HARD) {
            throw ApiException.invalidField("constraintName", "'" + constraintName + "' is a hard rule; hard rules always hold and are not weighted");
        }
        return info;
    }

    public static HardMediumSoftLongScore score(Level level, long weight) {
        return switch (level) {
            case HARD -> HardMediumSoftLongScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(weight);
            case SOFT -> HardMediumSoftLongScore.ofSoft(weight);
        };
    }

    /** The weights in force for a site's roster. */
    public Map<String, Long> effective(Site site, List<ServiceQueue> siteQueues) {
        Set<Long> clients = siteQueues.stream().map(q -> q.client.id).collect(Collectors.toSet());
        Map<String, Long> result = new HashMap<>();
        constraints.values().forEach(c -> result.put(c.name(), c.defaultWeight()));
        Map<String, Long> byClient = new HashMap<>();
        for (RosterWeight w : RosterWeight.<RosterWeight>list("clientId is not null")) {
            if (clients.contains(w.clientId) && constraints.containsKey(w.constraintName)) {
                byClient.merge(w.constraintName, w.weight, Math::max);
            }
        }
        result.putAll(byClient);
        for (RosterWeight w : RosterWeight.<RosterWeight>list("siteId", site.id)) {
            if (constraints.containsKey(w.constraintName)) {
                result.put(w.constraintName, w.weight);
            }
        }
        return result;
    }

    public RosterConstraintConfiguration configuration(Site site, List<ServiceQueue> siteQueues) {
        RosterConstraintConfiguration configuration = new RosterConstraintConfiguration();
        effective(site, siteQueues).forEach((name, weight) -> {
            ConstraintInfo info = constraints.get(name);
            if (info.level() != Level.HARD && weight != info.defaultWeight()) {
                configuration.with(name, score(info.level(), weight));
            }
        });
        return configuration;
    }
}
