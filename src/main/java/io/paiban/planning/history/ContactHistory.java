package io.paiban.planning.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What one queue received in one interval: the input of forecasting. */
@Entity
@Table(name = "contact_history")
public class ContactHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "queue_id", nullable = false)
    public Long queueId;

    @Column(name = "interval_start", nullable = false)
    public Instant intervalStart;

    @Column(name = "interval_minutes", nullable = false)
    public short intervalMinutes;

    @Column(nullable = false)
    public int offered;

    @Column(nullable = false)
    public int answered;

    @Column(nullable = false)
    public int abandoned;

    @Column(name = "aht_seconds")
    public Double ahtSeconds;

    /** Mean wait of the answered contacts, when the source knows it. */
    @Column(name = "avg_wait_seconds")
    public Double avgWaitSeconds;
}
