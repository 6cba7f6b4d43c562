package io.paiban.masterdata.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;
import java.time.LocalDate;

/** An agent completed a training course on a date (from a completed training activity, or recorded by hand). */
@Entity
@Table(name = "training_completion")
public class TrainingCompletion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id", nullable = false)
    public Long courseId;

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "activity_id")
    public Long activityId;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
