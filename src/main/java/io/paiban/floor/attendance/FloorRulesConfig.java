package io.paiban.floor.attendance;

import io.paiban.floor.attendance.rules.ConductPolicy;
import io.paiban.floor.attendance.rules.Rewards.AwardPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.util.List;

/** Conduct fines and award amounts (DOMAIN.md defaults), under {@code paiban.floor-rules.}. */
@ConfigMapping(prefix = "paiban.floor-rules")
public interface FloorRulesConfig {

    @WithDefault("100.00")
    BigDecimal refusalFirstFine();

    @WithDefault("300.00")
    BigDecimal refusalSecondFine();

    @WithDefault("3")
    int refusalsForDismissal();

    @WithDefault("100.00")
    BigDecimal privateCallFine();

    @WithDefault("500.00")
    BigDecimal fraudMinimumFine();

    /** Best employee of the month, places 1 to 3 (seed 004: typically 100-300 yuan). */
    @WithDefault("300.00,200.00,100.00")
    List<BigDecimal> bestEmployeeAwards();

    @WithDefault("100.00")
    BigDecimal mostImprovedAward();

    /** The three mentors whose trainees reached target fastest. */
    @WithDefault("150.00,100.00,50.00")
    List<BigDecimal> mentorAwards();

    default ConductPolicy conduct() {
        return new ConductPolicy(refusalFirstFine(), refusalSecondFine(), refusalsForDismissal(), privateCallFine(), fraudMinimumFine());
    }

    default AwardPolicy awards() {
        return new AwardPolicy(bestEmployeeAwards(), mostImprovedAward(), mentorAwards());
    }
}
