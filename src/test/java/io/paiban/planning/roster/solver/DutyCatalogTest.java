package io.paiban.planning.roster.solver;

import io.paiban.benchmark.RosterProblemFactory;

import io.paiban.kernel.AgentStatus;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.paiban.planning.roster.solver.RosterFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutyCatalogTest {

    private static ShiftOption placed(String template, Horizon horizon, int day) {
        ShiftTemplateSpec spec = ShiftTemplateSpec.defaults().stream().filter(t -> t.code().equals(template)).findFirst().orElseThrow();
        return DutyCatalog.place(spec, horizon, day);
    }

    @Test
    void templatesArePlacedInMinutesFromTheHorizonStartWithoutBreakIntervals() {
        ShiftOption day = placed("DAY", HORIZON, 1);
        assertEquals(1440 + 510, day.getStartMinute());
        assertEquals(1440 + 1050, day.getEndMinute());
        assertEquals(16, day.getCoveredIntervals().length);
        assertFalse(day.covers(48 + 24), "12:00-12:30 is the meal break");
        assertTrue(day.covers(48 + 17) && day.covers(48 + 34), "08:30 and 17:00 are on duty");
        assertFalse(day.isNight());

        ShiftOption night = placed("NIGHT", HORIZON, 0);
        assertEquals(1500, night.getEndMinute());
        assertEquals(14, night.getCoveredIntervals().length);
        assertEquals(180, night.getNightMinutes());
        assertEquals(360 - 30, placed("PEAK_LATE", HORIZON, 0).getNightMinutes(), "22:00-04:00 minus the 02:30 break");
    }

    @Test
    void aDaylightSavingDayHasTwentyThreeHours() {
        // Europe/Berlin springs forward on Sunday 2026-03-29
        Horizon berlin = new Horizon(LocalDate.of(2026, 3, 23), 7, ZoneId.of("Europe/Berlin"), 30);
        assertEquals(7 * 1440 - 60, berlin.totalMinutes());
        assertEquals(6 * 1440 + 510 - 60, placed("DAY", berlin, 6).getStartMinute());
        assertEquals(6, berlin.dayIndexOfInterval(berlin.intervalCount() - 1));
    }

    @Test
    void valueRangeHoldsCertifiedQueuesAndNightShiftsOnlyForEligibleAgents() {
        RosterAgent chatDayOnly = agent("C").certifiedFor(Set.of(CHAT.getId())).nightEligible(false).build();
        List<Duty> options = CATALOG.dutiesFor(chatDayOnly, 2);
        assertEquals(2, options.size(), options.toString());
        assertTrue(options.stream().allMatch(d -> d.getQueue() == CHAT && !d.getShift().isNight() && d.getShift().getDayIndex() == 2));
    }

    @Test
    void dayTheAgentCannotWorkBecomesAPinnedDayOff() {
        RosterAgent flex = agent("X").flexPool(Set.of(HORIZON.date(0))).build();
        assertFalse(RosterProblemFactory.agentDay(CATALOG, flex, 0).isPinned());
        AgentDay notOffered = RosterProblemFactory.agentDay(CATALOG, flex, 1);
        assertTrue(notOffered.isPinned());
        assertTrue(notOffered.getDutyOptions().isEmpty());
        RosterAgent uncertified = agent("T").status(AgentStatus.TRAINEE).certifiedFor(Set.of()).build();
        assertTrue(RosterProblemFactory.agentDay(CATALOG, uncertified, 0).isPinned());
    }

    @Test
    void dutiesPointAtTheSlotsOfTheirQueue() {
        int[] required = new int[HORIZON.intervalCount()];
        required[20] = 2;
        DutyCatalog catalog = new DutyCatalog(HORIZON, ShiftTemplateSpec.defaults(), List.of(CHAT, PHONE), Map.of(CHAT, required));
        Duty chat = catalog.duty(0, "DAY", CHAT);
        assertTrue(chat.getCoveredSlots().contains(catalog.slot(CHAT, 20)));
        assertEquals(2, catalog.slot(CHAT, 20).getRequired());
        assertTrue(catalog.duty(0, "DAY", PHONE).getCoveredSlots().stream().allMatch(s -> s.getQueue() == PHONE));
        assertEquals(2 * HORIZON.intervalCount(), catalog.slots().size());
    }

    @Test
    void weightsCanBeOverriddenByConstraintName() {
        RosterConstraintConfiguration weights = new RosterConstraintConfiguration()
                .with(RosterConstraintConfiguration.OVERSTAFFING, HardMediumSoftLongScore.ofSoft(42));
        assertEquals(HardMediumSoftLongScore.ofSoft(42), weights.getOverstaffing());
        assertThrows(IllegalArgumentException.class, () -> weights.with("No such rule", HardMediumSoftLongScore.ONE_SOFT));
    }
}
