package io.paiban.agent.requests;

import io.paiban.planning.roster.store.RosterProblem.DutyRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** One date of a swap: both agents' published duties when it was proposed (template null = day off). */
@Embeddable
public class SwapDay {

    @Column(name = "work_date", nullable = false)
    public LocalDate date;

    @Column(name = "proposer_template_id")
    public Long proposerTemplateId;

    @Column(name = "proposer_queue_id")
    public Long proposerQueueId;

    @Column(name = "counterpart_template_id")
    public Long counterpartTemplateId;

    @Column(name = "counterpart_queue_id")
    public Long counterpartQueueId;

    public SwapDay() {
    }

    public SwapDay(LocalDate date, DutyRef proposer, DutyRef counterpart) {
        this.date = date;
        this.proposerTemplateId = proposer.templateId();
        this.proposerQueueId = proposer.queueId();
        this.counterpartTemplateId = counterpart.templateId();
        this.counterpartQueueId = counterpart.queueId();
    }

    public DutyRef proposerDuty() {
        return new DutyRef(proposerTemplateId, proposerQueueId);
    }

    public DutyRef counterpartDuty() {
        return new DutyRef(counterpartTemplateId, counterpartQueueId);
    }
}
