package io.paiban.floor.attendance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The escalating tiers of conduct violations. Violations count per agent, kind and calendar month, in the order
 * they occurred (date, then the order recorded).
 */
public final class ConductRules {

    private ConductRules() {
    }

    /** One recorded violation; loss in yuan (fraud), 0 when none. */
    public record Violation(long id, long agentId, ConductKind kind, LocalDate date, BigDecimal loss) {
    }

    /** The consequence of one violation: its tier in the month (1 = first), fine, and flags. */
    public record Consequence(Violation violation, int tier, BigDecimal fine, boolean dismissal, BigDecimal damages, String reason) {
    }

    public static List<Consequence> evaluate(ConductPolicy p, List<Violation> violations) {
        List<Violation> ordered = new ArrayList<>(violations);
        ordered.sort(Comparator.comparing(Violation::date).thenComparingLong(Violation::id));
        Map<String, Integer> counts = new HashMap<>();
        List<Consequence> out = new ArrayList<>();
        for (Violation v : ordered) {
            int tier = counts.merge(v.agentId() + "/" + v.kind() + "/" + YearMonth.from(v.date()), 1, Integer::sum);
            out.add(switch (v.kind()) {
                case REFUSED_CALL -> tier >= p.refusalsForDismissal()
                        ? new Consequence(v, tier, BigDecimal.ZERO, true, BigDecimal.ZERO, "refused call or private talk " + tier + " times in the month")
                        : new Consequence(v, tier, tier == 1 ? p.refusalFirstFine() : p.refusalSecondFine(), false, BigDecimal.ZERO,
                        "refused call or private talk (" + ordinal(tier) + " in the month)");
                case PRIVATE_PHONE_CALL -> new Consequence(v, tier, p.privateCallFine(), false, BigDecimal.ZERO, "private call on a company phone");
                case FRAUD -> {
                    BigDecimal loss = v.loss() == null ? BigDecimal.ZERO : v.loss();
                    yield new Consequence(v, tier, loss.max(p.fraudMinimumFine()), true, loss, "fraud causing loss of " + loss + " yuan");
                }
            });
        }
        return out;
    }

    private static String ordinal(int n) {
        return n == 1 ? "first" : n == 2 ? "second" : n + "th";
    }
}
