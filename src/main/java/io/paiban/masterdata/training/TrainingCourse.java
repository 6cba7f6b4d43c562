package io.paiban.masterdata.training;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A product or promotion that needs training before it goes on sale: the queues it affects and a deadline (the
 * first day of sale). An agent certified on one of the queues who has not completed the training before the
 * deadline loses the certification for that queue from the deadline on.
 */
@Entity
@Table(name = "training_course")
public class TrainingCourse extends VersionedEntity {

    @Column(nullable = false)
    public String name;

    public String product;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(length = 500)
    public String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_course_queue", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "queue_id")
    public Set<Long> queueIds = new HashSet<>();
}
