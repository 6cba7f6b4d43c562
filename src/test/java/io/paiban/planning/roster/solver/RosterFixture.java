package io.paiban.planning.roster.solver;

import io.paiban.kernel.Channel;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small world for constraint tests: two queues, the four default templates, a horizon of two weeks
 * starting Monday 2026-11-23 in Shanghai (day 0 = Monday, day 7 = next Monday), no requirement.
 */
final class RosterFixture {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Horizon HORIZON = new Horizon(MONDAY, 14, ZoneId.of("Asia/Shanghai"), 30);
    static final RosterQueue CHAT = new RosterQueue("CHAT", Channel.CHAT);
    static final RosterQueue PHONE = new RosterQueue("PHONE", Channel.PHONE);
    static final DutyCatalog CATALOG = new DutyCatalog(HORIZON, ShiftTemplateSpec.defaults(), List.of(CHAT, PHONE), Map.of());

    static final ConstraintVerifier<RosterConstraintProvider, Roster> VERIFIER =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, AgentDay.class);

    private RosterFixture() {
    }

    static RosterAgent.Builder agent(String id) {
        return RosterAgent.builder(id).certifiedFor(Set.of(CHAT.getId(), PHONE.getId()));
    }

    static RosterAgent agent() {
        return agent("A").build();
    }

    static Duty duty(int day, String template) {
        return CATALOG.duty(day, template, CHAT);
    }

    static AgentDay day(RosterAgent agent, int dayIndex, String template) {
        return day(agent, dayIndex, template == null ? null : duty(dayIndex, template));
    }

    static AgentDay day(RosterAgent agent, int dayIndex, Duty duty) {
        AgentDay day = new AgentDay(agent, dayIndex, HORIZON.date(dayIndex), HORIZON.weekIndex(dayIndex),
                CATALOG.dutiesFor(agent, dayIndex));
        day.setDuty(duty);
        return day;
    }

    static AgentDay off(RosterAgent agent, int dayIndex) {
        return day(agent, dayIndex, (Duty) null);
    }

    /** The agent's days from {@code from} to {@code to} inclusive, all on the given template. */
    static AgentDay[] days(RosterAgent agent, int from, int to, String template) {
        AgentDay[] days = new AgentDay[to - from + 1];
        for (int d = from; d <= to; d++) {
            days[d - from] = day(agent, d, template);
        }
        return days;
    }

    /** A stand-alone coverage slot requiring {@code required} agents on CHAT at an interval. */
    static CoverageSlot slot(int interval, int required) {
        return new CoverageSlot(CHAT, interval, HORIZON.dayIndexOfInterval(interval), required);
    }
}
