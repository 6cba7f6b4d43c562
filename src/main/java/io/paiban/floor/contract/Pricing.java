package io.paiban.floor.contract;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The money of a statement, line by line. Every amount is rounded half-up to 2 decimals on its own
 * line (quantity x unit price, or percent x basis) and the total is the sum of the rounded lines, so a
 * statement always adds up as printed. A month is charged in full from the month the contract starts.
 */
public final class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pricing() {
    }

    public record Line(LineKind kind, YearMonth month, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    /** What the client used in a month: contacts handled (answered live, first replies to items) and tagged sales. */
    public record MonthUsage(long handledContacts, BigDecimal taggedSales, long taggedSaleCount) {
    }

    public static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static boolean charged(ClientContract c, YearMonth month) {
        return !month.isBefore(YearMonth.from(c.startsOn));
    }

    public static List<Line> serviceFee(ClientContract c, YearMonth month, MonthUsage usage) {
        if (!charged(c, month)) {
            return List.of();
        }
        return switch (c.priceModel) {
            case FIXED_PER_SEAT -> List.of(line(LineKind.SERVICE_FEE, month, c.seats + " seats x monthly seat fee",
                    BigDecimal.valueOf(c.seats), c.seatFee));
            case PER_CONTACT -> List.of(line(LineKind.SERVICE_FEE, month, usage.handledContacts() + " handled contacts x fee per contact",
                    BigDecimal.valueOf(usage.handledContacts()), c.contactFee));
            case BASE_PLUS_COMMISSION -> List.of(
                    new Line(LineKind.BASE_FEE, month, "Monthly base fee", null, null, money(c.baseFee)),
                    line(LineKind.COMMISSION, month, "Commission on " + usage.taggedSaleCount() + " tagged sales",
                            usage.taggedSales(), c.commissionRate));
        };
    }

    public static BigDecimal feeBasis(List<Line> lines) {
        return lines.stream().filter(l -> l.kind().isServiceFee()).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static List<Line> extraFees(ClientContract c, YearMonth month) {
        List<Line> lines = new ArrayList<>();
        if (!charged(c, month)) {
            return lines;
        }
        for (ExtraFee f : c.extraFees) {
            if (f.recurrence == FeeRecurrence.MONTHLY || YearMonth.from(f.chargedOn).equals(month)) {
                lines.add(new Line(LineKind.EXTRA_FEE, month, f.kind + ": " + f.label, null, null, money(f.amount)));
            }
        }
        return lines;
    }

    /** A standard missed in a month, as the penalty clause sees it: what was missed and its penalty percentage. */
    public record MissedStandard(String description, BigDecimal penaltyPercent) {
    }

    /** One negative line per missed standard with a penalty, then a positive cap line if they exceed the cap. */
    public static List<Line> penalties(List<MissedStandard> missed, BigDecimal feeBasis, BigDecimal capPercent, YearMonth month) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (MissedStandard m : missed) {
            if (m.penaltyPercent().signum() == 0) {
                continue;
            }
            BigDecimal amount = money(feeBasis.multiply(m.penaltyPercent()).divide(HUNDRED)).negate();
            total = total.add(amount);
            lines.add(new Line(LineKind.PENALTY, month, "Missed " + m.description() + ": " + m.penaltyPercent().stripTrailingZeros().toPlainString()
                    + "% of the service fee", m.penaltyPercent(), null, amount));
        }
        if (capPercent != null) {
            BigDecimal cap = money(feeBasis.multiply(capPercent).divide(HUNDRED));
            if (total.negate().compareTo(cap) > 0) {
                lines.add(new Line(LineKind.PENALTY_CAP, month, "Penalties capped at " + capPercent.stripTrailingZeros().toPlainString()
                        + "% of the service fee", null, null, total.negate().subtract(cap)));
            }
        }
        return lines;
    }

    /** Base-plus-commission contracts pay their deposit with the statement of the period the contract starts in. */
    public static Optional<Line> deposit(ClientContract c, LocalDate periodStart, LocalDate periodEnd) {
        if (c.priceModel != PriceModel.BASE_PLUS_COMMISSION || c.depositAmount == null
                || c.startsOn.isBefore(periodStart) || c.startsOn.isAfter(periodEnd)) {
            return Optional.empty();
        }
        return Optional.of(new Line(LineKind.DEPOSIT, YearMonth.from(c.startsOn), "Deposit (base-plus-commission contract)", null, null,
                money(c.depositAmount)));
    }

    private static Line line(LineKind kind, YearMonth month, String description, BigDecimal quantity, BigDecimal unitPrice) {
        return new Line(kind, month, description, quantity, unitPrice, money(quantity.multiply(unitPrice)));
    }
}
