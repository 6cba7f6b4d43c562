package io.paiban.masterdata.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** The agent passed the training and assessment for a queue on that date and may now serve it. */
@Embeddable
public class Certification {

    @Column(name = "queue_id", nullable = false)
    public Long queueId;

    @Column(name = "certified_on", nullable = false)
    public LocalDate certifiedOn;

    public Certification() {
    }

    public Certification(Long queueId, LocalDate certifiedOn) {
        this.queueId = queueId;
        this.certifiedOn = certifiedOn;
    }

    /** One certification per queue: the set must not see two entries for the same queue as different. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Certification c && Objects.equals(queueId, c.queueId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(queueId);
    }
}
