package io.paiban.floor.attendance.assessment;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A new hire's mentor, the day the trainee started on the floor and the day the trainee reached target. */
@Entity
@Table(name = "mentorship")
public class Mentorship extends VersionedEntity {

    @Column(name = "trainee_agent_id", nullable = false)
    public Long traineeAgentId;

    @Column(name = "mentor_agent_id", nullable = false)
    public Long mentorAgentId;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "reached_target_on")
    public LocalDate reachedTargetOn;
}
