package io.paiban.floor.servicelevel.metrics;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every metric Paiban reports, each under exactly one id with one formula. Where the industry
 * disagrees, the variants are separate metrics with their own ids; {@link #canonical} marks the one
 * a report means when it says the family name. docs/metrics.md writes out the same formulas.
 *
 * <p>Symbols: O offered, A answered, W answered within the threshold, Ab abandoned, S short abandons
 * (abandoned before the short-abandon threshold, a subset of Ab), H handle seconds of answered contacts,
 * Wa wait seconds of answered contacts, Wb wait seconds of abandoned contacts. Deferred items: R received,
 * P replied, T replied by the due time, N not replied and not yet due. Agent time: av available,
 * hd handling, acw after-call work, br break, aw away; sw scheduled work, sb scheduled break. Complaints: Cr received,
 * Cc closed, Ct closed by the deadline, Cn open and not yet due.
 */
public enum Metric {

    SERVICE_LEVEL("service_level", Family.SERVICE_LEVEL, true, Unit.RATIO,
            "W / (O - S)", "Answered within threshold over offered, short abandons removed; other abandons count as misses (intervals without a W count, such as imported history, are left out of every sum)"),
    SERVICE_LEVEL_INCL_SHORT_ABANDONS("service_level_incl_short_abandons", Family.SERVICE_LEVEL, false, Unit.RATIO,
            "W / O", "Answered within threshold over every offered contact, short abandons included (intervals without a W count left out)"),
    SERVICE_LEVEL_ANSWERED_ONLY("service_level_answered_only", Family.SERVICE_LEVEL, false, Unit.RATIO,
            "W / A", "Answered within threshold over answered; abandons ignored (intervals without a W count left out)"),
    ASA("asa", Family.SPEED_OF_ANSWER, true, Unit.SECONDS,
            "Wa / A", "Average speed of answer over answered contacts (rows without wait data are left out of both sums)"),
    ASA_INCL_ABANDONED("asa_incl_abandoned", Family.SPEED_OF_ANSWER, false, Unit.SECONDS,
            "(Wa + Wb) / (A + Ab)", "Average wait of every contact that waited, abandoned ones until they hung up"),
    ABANDON_RATE("abandon_rate", Family.ABANDON_RATE, true, Unit.RATIO,
            "(Ab - S) / (O - S)", "Abandoned over offered, short abandons removed from both"),
    ABANDON_RATE_INCL_SHORT_ABANDONS("abandon_rate_incl_short_abandons", Family.ABANDON_RATE, false, Unit.RATIO,
            "Ab / O", "Every abandon over every offered contact"),
    AHT("aht", Family.HANDLE_TIME, true, Unit.SECONDS,
            "H / A", "Average handle time (talk, hold and after-call work) of answered contacts (rows without handle time are left out of both sums)"),
    REPLY_RATE("reply_rate", Family.REPLY_RATE, true, Unit.RATIO,
            "live: A / O; deferred: P / R", "Contacts that got an answer or a first reply over contacts received"),
    ON_TIME_REPLY_RATE("on_time_reply_rate", Family.DEADLINE, true, Unit.RATIO,
            "T / (R - N)", "Items replied by their due time over items received, leaving out items still open and not yet due"),
    MEAN_FIRST_REPLY_TIME("mean_first_reply_time", Family.DEADLINE, false, Unit.SECONDS,
            "sum(first reply - received) / P", "Mean elapsed (wall-clock) time to the first reply of replied items"),
    SATISFACTION("satisfaction", Family.QUALITY, true, Unit.RATIO,
            "satisfied / surveys", "Satisfied ratings over ratings given"),
    ACCURACY("accuracy", Family.QUALITY, true, Unit.RATIO,
            "accurate / checked", "Quality-checked contacts judged accurate over contacts checked"),
    OCCUPANCY("occupancy", Family.AGENT_TIME, true, Unit.RATIO,
            "(hd + acw) / (av + hd + acw)", "Share of staffed time spent on contacts"),
    ADHERENCE("adherence", Family.AGENT_TIME, true, Unit.RATIO,
            "sum over agent-intervals of [min(sw, av + hd + acw) + min(sb, br)] / (sw + sb)",
            "Scheduled time spent in the scheduled activity (working or on break), per agent and interval"),
    CONFORMANCE("conformance", Family.AGENT_TIME, true, Unit.RATIO,
            "(av + hd + acw) / sw", "Time worked over time scheduled to work, whenever in the period it was worked; may exceed 1"),
    SHRINKAGE_REALISED("shrinkage_realised", Family.AGENT_TIME, true, Unit.RATIO,
            "1 - sum over agent-intervals of min(sw, av + hd + acw) / sw", "Share of scheduled work time lost to breaks over plan, away time and absence"),
    TALK_TIME("talk_time", Family.HANDLE_TIME, false, Unit.SECONDS,
            "hd / A", "Average seconds on the line (talk and hold, after-call work excluded) per answered live contact: handling seconds "
            + "of the agents published on the scope over its answered contacts; absent without logged agent time"),
    TALK_TIME_TOTAL("talk_time_total", Family.HANDLE_TIME, false, Unit.SECONDS,
            "sum hd", "Seconds on the line of the agents published on the scope (talk and hold); absent without logged agent time"),
    CONTACTS_PER_AGENT_HOUR("contacts_per_agent_hour", Family.PRODUCTIVITY, true, Unit.PER_HOUR,
            "A / ((av + hd + acw) / 3600)", "Live contacts answered per hour the scope's agents were ready or working contacts; "
            + "break and away time are not in the denominator; absent without logged agent time or without live contacts"),
    CONTACTS_PER_SCHEDULED_HOUR("contacts_per_scheduled_hour", Family.PRODUCTIVITY, false, Unit.PER_HOUR,
            "A / (sw / 3600)", "Live contacts answered per hour the published schedule planned as work on the scope (shifts less "
            + "breaks and activities); absent without scheduled time or without live contacts"),
    COMPLAINT_HANDLING_TIMELINESS("complaint_handling_timeliness", Family.COMPLAINTS, true, Unit.RATIO,
            "Ct / (Cr - Cn)", "Complaints received in the period and closed by their handling deadline over those received, leaving "
            + "out complaints still open and not yet due"),
    MEAN_COMPLAINT_HANDLING_TIME("mean_complaint_handling_time", Family.COMPLAINTS, false, Unit.SECONDS,
            "sum(closed - received) / Cc", "Mean wall-clock time from receipt to closure of the closed complaints");

    public enum Family { SERVICE_LEVEL, SPEED_OF_ANSWER, ABANDON_RATE, HANDLE_TIME, REPLY_RATE, DEADLINE, QUALITY, AGENT_TIME, PRODUCTIVITY, COMPLAINTS }

    public enum Unit { RATIO, SECONDS, PER_HOUR }

    private final String id;
    private final Family family;
    private final boolean canonical;
    private final Unit unit;
    private final String formula;
    private final String meaning;

    Metric(String id, Family family, boolean canonical, Unit unit, String formula, String meaning) {
        this.id = id;
        this.family = family;
        this.canonical = canonical;
        this.unit = unit;
        this.formula = formula;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public Family family() {
        return family;
    }

    public boolean canonical() {
        return canonical;
    }

    public Unit unit() {
        return unit;
    }

    public String formula() {
        return formula;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<Metric> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
