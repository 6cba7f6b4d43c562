package io.paiban.agent.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What approving a leave request did on one published roster: the re-plan job started, or why none was. */
@Embeddable
public class ReplanOutcome {

    @Column(name = "roster_id", nullable = false)
    public Long rosterId;

    @Column(name = "solve_job_id")
    public Long solveJobId;

    @Column(name = "outcome_note", length = 500)
    public String note;

    public ReplanOutcome() {
    }

    public ReplanOutcome(Long rosterId, Long solveJobId, String note) {
        this.rosterId = rosterId;
        this.solveJobId = solveJobId;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 497) + "...";
    }
}
