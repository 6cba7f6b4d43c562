package io.paiban.planning.capacity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A computed capacity plan: its request and weekly result as JSON. Immutable; compute a new one to change it. */
@Entity
@Table(name = "capacity_plan")
public class CapacityPlan extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "site_id", nullable = false)
    public Long siteId;

    @Column(name = "first_week", nullable = false)
    public LocalDate firstWeek;

    @Column(nullable = false)
    public int weeks;

    @Column(length = 200)
    public String label;

    @Column(name = "request_json", nullable = false, columnDefinition = "TEXT")
    public String requestJson;

    @Column(name = "result_json", nullable = false, columnDefinition = "LONGTEXT")
    public String resultJson;

    @Column(name = "created_by", length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
