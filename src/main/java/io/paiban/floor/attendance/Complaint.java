package io.paiban.floor.attendance;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A customer complaint against an agent; verified ones are fined and count towards dismissal. */
@Entity
@Table(name = "attendance_complaint")
public class Complaint extends VersionedEntity {

    @Column(name = "agent_id", nullable = false)
    public Long agentId;

    @Column(name = "complaint_date", nullable = false)
    public LocalDate complaintDate;

    @Column(name = "client_id")
    public Long clientId;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(nullable = false)
    public boolean verified;
}
