package io.paiban.floor.attendance.assessment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RankingTest {

    static Ranking.Input agent(long id, int contacts, double aht, Double adherence, int complaints, Double qa, boolean majorError,
                               Integer previousRank) {
        return new Ranking.Input(id, contacts, Math.round(contacts * aht), adherence, complaints, qa, majorError, previousRank);
    }

    @Test
    void theCompositeScoreFollowsTheDocumentedWeights() {
        // the best on every measure scores 100; half the contacts, twice the handle time, QA 50, adherence 0.5 scores 50
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(agent(1, 1000, 200, 1.0, 0, 100.0, false, null),
                agent(2, 500, 400, 0.5, 0, 50.0, false, null)));
        assertEquals(100.0, ranked.get(0).score(), 1e-9);
        assertEquals(50.0, ranked.get(1).score(), 1e-9);
        List<Ranking.Ranked> complained = Ranking.rank(List.of(agent(1, 1000, 200, 1.0, 2, 100.0, false, null)));
        assertEquals(80.0, complained.get(0).score(), 1e-9);
    }

    @Test
    void missingFiguresScoreZero() {
        Ranking.Ranked r = Ranking.rank(List.of(agent(1, 0, 0, null, 0, null, false, null))).get(0);
        assertEquals(0.0, r.score());
    }

    @Test
    void bestEmployeesAreTheFirstThreeWithoutAMajorError() {
        List<Ranking.Input> inputs = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            inputs.add(agent(i, 1000 - i * 50, 240, 0.95, 0, 90.0, i == 2, null));
        }
        List<Ranking.Ranked> ranked = Ranking.rank(inputs);
        assertEquals(Award.BEST_1, ranked.get(0).award());
        assertNull(ranked.get(1).award(), "agent 2 has a major error");
        assertEquals(Award.BEST_2, ranked.get(2).award());
        assertEquals(Award.BEST_3, ranked.get(3).award());
        assertEquals(Award.BOTTOM, ranked.get(9).award(), "10% of ten agents: the last one");
        assertNull(ranked.get(8).award());
    }

    @Test
    void mostImprovedIsTheBiggestRiseInRank() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(
                agent(1, 1000, 240, 1.0, 0, 95.0, false, 1),
                agent(2, 900, 240, 1.0, 0, 95.0, false, 2),
                agent(3, 800, 240, 1.0, 0, 95.0, false, 3),
                agent(4, 700, 240, 1.0, 0, 95.0, false, 9),
                agent(5, 600, 240, 1.0, 0, 95.0, false, 7),
                agent(6, 100, 240, 1.0, 0, 95.0, false, 4)));
        assertEquals(Award.MOST_IMPROVED, ranked.get(3).award(), "from 9th to 4th");
        assertEquals(4, ranked.get(3).input().agentId());
        assertEquals(Award.BOTTOM, ranked.get(5).award());
    }

    @Test
    void anExactTieGoesToTheLowerAgentId() {
        List<Ranking.Ranked> ranked = Ranking.rank(List.of(agent(7, 500, 240, 0.9, 0, 88.0, false, null),
                agent(3, 500, 240, 0.9, 0, 88.0, false, null)));
        assertEquals(3, ranked.get(0).input().agentId());
        assertEquals(2, ranked.get(1).rank());
    }
}
