package io.paiban.planning.capacity;

import io.paiban.planning.capacity.CapacityDtos.HiringRequestView;
import io.paiban.planning.capacity.CapacityDtos.WeekView;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Capacity planning, pure. Required FTE per week from required hours per day; available FTE from the agents;
 * the gap; and the hiring or flex-pool request with the latest hiring start so that new agents are certified
 * before the week they are needed. docs/capacity.md has every formula.
 */
public final class CapacityCalculator {

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private CapacityCalculator() {
    }

    public enum Supply {
        IN_HOUSE, TRAINEE, FLEX_POOL
    }

    /** One agent: contract hours, when a trainee is certified, approved leave days, flex days offered. */
    public record AgentSupply(Supply kind, double contractHoursPerWeek, LocalDate readyOn, Set<LocalDate> leaveDays,
                              Set<LocalDate> offeredDays) {
    }

    /** A promotion on the calendar, with its volume factor (1 when unknown). */
    public record Promotion(String key, String name, LocalDate start, LocalDate end, double volumeFactor) {
        boolean covers(LocalDate d) {
            return !d.isBefore(start) && !d.isAfter(end);
        }
    }

    /**
     * @param forecastHours required (scheduled) hours per site-local date where the staffing run covers the whole day,
     *                      the what-if factors already applied
     */
    public record Input(LocalDate firstWeek, int weeks, Map<LocalDate, Double> forecastHours, List<Promotion> promotions,
                        double growthPerMonth, List<AgentSupply> agents, double standardWeekHours, double standardDayHours,
                        int trainingLeadWeeks, double attritionPerMonth) {
    }

    public record Output(List<WeekView> weeks, List<HiringRequestView> hiring) {
    }

    public static Output plan(Input in) {
        Map<DayOfWeek, Double> profile = weekdayProfile(in);
        LocalDate lastForecast = in.forecastHours().keySet().stream().max(LocalDate::compareTo).orElse(in.firstWeek());
        List<WeekView> weeks = new ArrayList<>();
        for (int w = 0; w < in.weeks(); w++) {
            LocalDate start = in.firstWeek().plusWeeks(w);
            double hours = 0;
            double peak = -1;
            LocalDate peakDay = start;
            boolean extended = false;
            List<String> promotions = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate day = start.plusDays(d);
                Double known = in.forecastHours().get(day);
                double h;
                if (known != null) {
                    h = known;
                } else {
                    extended = true;
                    double months = Math.max(0, ChronoUnit.DAYS.between(lastForecast, day)) / DAYS_PER_MONTH;
                    h = profile.getOrDefault(day.getDayOfWeek(), 0.0) * factor(in.promotions(), day)
                            * Math.pow(1 + in.growthPerMonth(), months);
                }
                for (Promotion p : in.promotions()) {
                    if (p.covers(day) && !promotions.contains(p.name())) {
                        promotions.add(p.name());
                    }
                }
                hours += h;
                if (h > peak) {
                    peak = h;
                    peakDay = day;
                }
            }
            double required = Math.max(hours / in.standardWeekHours(), peak / in.standardDayHours());
            weeks.add(week(in, start, extended ? "EXTENDED" : "FORECAST", hours, peakDay, peak, required, promotions));
        }
        return new Output(weeks, hiring(in, weeks));
    }

    /** Average required hours per weekday over the forecast days, each divided by its promotion factor. */
    static Map<DayOfWeek, Double> weekdayProfile(Input in) {
        Map<DayOfWeek, double[]> sums = new HashMap<>();
        in.forecastHours().forEach((day, hours) -> {
            double[] s = sums.computeIfAbsent(day.getDayOfWeek(), k -> new double[2]);
            s[0] += hours / factor(in.promotions(), day);
            s[1]++;
        });
        double all = sums.values().stream().mapToDouble(s -> s[0] / s[1]).average().orElse(0);
        Map<DayOfWeek, Double> profile = new TreeMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            double[] s = sums.get(d);
            profile.put(d, s == null ? all : s[0] / s[1]);
        }
        return profile;
    }

    static double factor(List<Promotion> promotions, LocalDate day) {
        double f = 1;
        for (Promotion p : promotions) {
            if (p.covers(day)) {
                f *= p.volumeFactor();
            }
        }
        return f;
    }

    /** Share of agents still there after {@code days} at the monthly attrition rate, compounding. */
    static double survival(double attritionPerMonth, long days) {
        return Math.pow(1 - attritionPerMonth, Math.max(0, days) / DAYS_PER_MONTH);
    }

    private static WeekView week(Input in, LocalDate start, String source, double hours, LocalDate peakDay, double peak, double required,
                                 List<String> promotions) {
        double inHouse = 0;
        double leave = 0;
        double trainees = 0;
        double flex = 0;
        LocalDate mid = start.plusDays(3);
        double stayed = survival(in.attritionPerMonth(), ChronoUnit.DAYS.between(in.firstWeek(), mid));
        for (AgentSupply a : in.agents()) {
            double fte = a.contractHoursPerWeek() / in.standardWeekHours();
            long leaveDays = a.leaveDays().stream().filter(d -> !d.isBefore(start) && d.isBefore(start.plusDays(7))).count();
            double leaveFte = leaveDays * (a.contractHoursPerWeek() / 6.0) / in.standardWeekHours();
            switch (a.kind()) {
                case IN_HOUSE -> {
                    inHouse += fte * stayed;
                    leave += Math.min(fte, leaveFte) * stayed;
                }
                case TRAINEE -> {
                    if (a.readyOn() != null && !a.readyOn().isAfter(start)) {
                        double since = survival(in.attritionPerMonth(), ChronoUnit.DAYS.between(
                                a.readyOn().isAfter(in.firstWeek()) ? a.readyOn() : in.firstWeek(), mid));
                        trainees += (fte - Math.min(fte, leaveFte)) * since;
                    }
                }
                case FLEX_POOL -> flex += a.offeredDays().stream().filter(d -> !d.isBefore(start) && d.isBefore(start.plusDays(7))).count()
                        * in.standardDayHours() / in.standardWeekHours();
            }
        }
        double available = inHouse - leave + trainees + flex;
        return new WeekView(start, source, round(hours), peakDay, round(peak), round(required), round(inHouse), round(leave), round(trainees),
                round(flex), round(available), round(required - available), promotions);
    }

    /**
     * A request for every promotion week with a gap, needed by the Monday of that week, and one for the first
     * other week with a gap (sized to the largest such gap after it). Hires are whole standard FTE; the flex
     * alternative is agent-days: the gap in people on a peak-driven week, the gap in hours over standard days
     * otherwise.
     */
    private static List<HiringRequestView> hiring(Input in, List<WeekView> weeks) {
        List<HiringRequestView> out = new ArrayList<>();
        Set<LocalDate> promotionWeeks = new java.util.HashSet<>();
        for (Promotion p : in.promotions()) {
            for (WeekView w : weeks) {
                if (w.promotions().contains(p.name()) && !promotionWeeks.contains(w.weekStart())) {
                    promotionWeeks.add(w.weekStart());
                    if (w.gapFte() > 0) {
                        out.add(request(in, p.key(), p.name(), w, w.gapFte()));
                    }
                }
            }
        }
        WeekView first = null;
        double largest = 0;
        for (WeekView w : weeks) {
            if (!promotionWeeks.contains(w.weekStart()) && w.gapFte() > 0) {
                first = first == null ? w : first;
                largest = Math.max(largest, w.gapFte());
            }
        }
        if (first != null) {
            out.add(request(in, "SUSTAINED_GAP", null, first, largest));
        }
        out.sort(java.util.Comparator.comparing(HiringRequestView::latestHireStart));
        return out;
    }

    private static HiringRequestView request(Input in, String reason, String name, WeekView w, double gap) {
        boolean peakDriven = w.peakDayHours() / in.standardDayHours() >= w.requiredHours() / in.standardWeekHours();
        int flexDays = (int) Math.ceil(peakDriven ? gap : gap * in.standardWeekHours() / in.standardDayHours());
        LocalDate start = w.weekStart().minusWeeks(in.trainingLeadWeeks());
        return new HiringRequestView(reason, name, w.weekStart(), round(gap), (int) Math.ceil(gap - 1e-9), flexDays, start,
                start.isBefore(in.firstWeek()));
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
