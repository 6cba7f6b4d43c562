package io.paiban.planning.staffing.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementCalculatorTest {

    private final RequirementCalculator calculator = new RequirementCalculator();
    private final OfferedLoad load = new OfferedLoad(100, 30, 180);

    @Test
    void erlangCRequirementIsTheLeastAgentCountMeetingEveryLimit() {
        for (ServiceTarget target : List.of(ServiceTarget.of(0.8, 20), ServiceTarget.of(0.95, 10),
                ServiceTarget.of(0.8, 20).withMaxAsaSeconds(5), ServiceTarget.of(0.5, 60).withMaxOccupancy(0.6))) {
            assertLeast(load, target, QueueModel.erlangC());
        }
    }

    @Test
    void erlangARequirementIsTheLeastAgentCountMeetingEveryLimit() {
        for (double patience : new double[] {5, 30, 120, 600, 1e6}) {
            QueueModel model = QueueModel.erlangA(patience);
            assertLeast(load, ServiceTarget.of(0.8, 20), model);
            assertLeast(load, ServiceTarget.of(0.8, 20).withMaxAbandonRate(0.01), model);
            assertLeast(load, ServiceTarget.of(0.6, 30).withMaxAsaSeconds(3).withMaxOccupancy(0.8), model);
            assertLeast(new OfferedLoad(3000, 30, 300), ServiceTarget.of(0.9, 15), model);
        }
    }

    @Test
    void chatRequirementCountsAgentsNotSlots() {
        ChatConcurrency concurrency = ChatConcurrency.of(3, 0.25);
        OfferedLoad chats = new OfferedLoad(240, 30, 400);
        for (CustomerPatience patience : List.of(CustomerPatience.infinite(), CustomerPatience.exponentialWithMeanSeconds(180))) {
            QueueModel model = QueueModel.chat(concurrency, patience);
            StaffingRequirement requirement = assertLeast(chats, ServiceTarget.of(0.8, 60), model);
            assertEquals(requirement.agents() * 3, requirement.metrics().servers());
            // Each session is assumed to take 400 * (1 + 0.25 * 2) = 600 s at full concurrency.
            assertEquals(240 * 600 / 1800.0, requirement.metrics().trafficErlangs(), 1e-9);
        }
        assertEquals(calculator.requiredChatAgents(chats, ServiceTarget.of(0.8, 60), CustomerPatience.infinite(), concurrency),
                calculator.requiredAgents(chats, ServiceTarget.of(0.8, 60), QueueModel.chat(concurrency, CustomerPatience.infinite())));
    }

    @Test
    void zeroVolumeNeedsNoAgents() {
        StaffingRequirement requirement = calculator.requiredAgents(new OfferedLoad(0, 30, 180),
                ServiceTarget.of(0.8, 20), CustomerPatience.infinite());
        assertEquals(0, requirement.agents());
        assertEquals(1.0, requirement.metrics().serviceLevel());
        assertEquals(0, calculator.requiredAgents(new OfferedLoad(0, 30, 180), ServiceTarget.of(0.8, 20),
                CustomerPatience.exponentialWithMeanSeconds(60)).agents());
    }

    @Test
    void tinyVolumeStillNeedsOneAgent() {
        assertEquals(1, calculator.requiredAgents(new OfferedLoad(0.01, 30, 180), ServiceTarget.of(0.8, 20),
                CustomerPatience.infinite()).agents());
        assertEquals(1, calculator.requiredAgents(new OfferedLoad(0.01, 30, 180), ServiceTarget.of(0.8, 20),
                CustomerPatience.exponentialWithMeanSeconds(60)).agents());
    }

    @Test
    void unreachableTargetsThrowNamingMaxAgents() {
        RequirementCalculator small = new RequirementCalculator(12);
        for (CustomerPatience patience : List.of(CustomerPatience.infinite(), CustomerPatience.exponentialWithMeanSeconds(300))) {
            StaffingInputException exception = assertThrows(StaffingInputException.class,
                    () -> small.requiredAgents(load, ServiceTarget.of(0.99, 5), patience));
            assertEquals("maxAgents", exception.field());
            assertTrue(exception.getMessage().contains("12 agents"), exception.getMessage());
        }
        // Huge traffic against the default bound terminates quickly instead of looping.
        assertThrows(StaffingInputException.class, () -> calculator.requiredAgents(
                new OfferedLoad(2_000_000, 30, 600), ServiceTarget.of(0.8, 20), CustomerPatience.infinite()));
    }

    @Test
    void invalidTargetsThrowNamingTheField() {
        assertEquals("serviceLevel", assertThrows(StaffingInputException.class, () -> ServiceTarget.of(0, 20)).field());
        assertEquals("serviceLevel", assertThrows(StaffingInputException.class, () -> ServiceTarget.of(1.2, 20)).field());
        assertEquals("answerWithinSeconds", assertThrows(StaffingInputException.class, () -> ServiceTarget.of(0.8, -1)).field());
        assertEquals("maxOccupancy", assertThrows(StaffingInputException.class,
                () -> ServiceTarget.of(0.8, 20).withMaxOccupancy(0)).field());
        assertEquals("maxAbandonRate", assertThrows(StaffingInputException.class,
                () -> ServiceTarget.of(0.8, 20).withMaxAbandonRate(1.5)).field());
        assertEquals("maxAsaSeconds", assertThrows(StaffingInputException.class,
                () -> ServiceTarget.of(0.8, 20).withMaxAsaSeconds(0)).field());
        assertEquals("ahtSeconds", assertThrows(StaffingInputException.class, () -> new OfferedLoad(10, 30, -5)).field());
        assertEquals("maxAgents", assertThrows(StaffingInputException.class, () -> new RequirementCalculator(0)).field());
        assertEquals("maxConcurrentChats", assertThrows(StaffingInputException.class, () -> ChatConcurrency.of(0, 0)).field());
    }

    @Test
    void shrinkageRoundsUpWithoutPhantomAgents() {
        assertEquals(20, Shrinkage.scheduledAgents(14, 0.30));
        assertEquals(22, Shrinkage.scheduledAgents(15, 0.30));
        assertEquals(25, Shrinkage.scheduledAgents(17, 0.30));
        assertEquals(17, Shrinkage.scheduledAgents(17, 0.0));
        assertEquals(0, Shrinkage.scheduledAgents(0, 0.5));
        assertEquals(34, Shrinkage.scheduledAgents(17, 0.5));
        assertEquals("shrinkage", assertThrows(StaffingInputException.class, () -> Shrinkage.scheduledAgents(5, 1.0)).field());
        assertEquals("shrinkage", assertThrows(StaffingInputException.class, () -> Shrinkage.scheduledAgents(5, -0.1)).field());
        assertEquals(20, new StaffingRequirement(14, QueueMetrics.noTraffic(14)).scheduledAgents(0.3));
    }

    private StaffingRequirement assertLeast(OfferedLoad offered, ServiceTarget target, QueueModel model) {
        StaffingRequirement requirement = calculator.requiredAgents(offered, target, model);
        int agents = requirement.agents();
        QueueMetrics atRequirement = model.metrics(offered, agents, target.answerWithinSeconds());
        assertEquals(atRequirement, requirement.metrics());
        assertTrue(target.isMetBy(atRequirement), "not met at " + agents + ": " + atRequirement);
        assertFalse(target.isMetBy(model.metrics(offered, agents - 1, target.answerWithinSeconds())),
                "also met at " + (agents - 1) + " for " + target + " / " + model);
        return requirement;
    }
}
