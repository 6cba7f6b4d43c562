package io.paiban.masterdata.client;

import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.ServiceTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A contract's service standard for one channel, optionally narrowed to one queue function. */
@Embeddable
public class ServiceStandard {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "channel", nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "queue_function")
    public QueueFunction queueFunction;

    @Embedded
    public ServiceTarget target;

    @Column(name = "description")
    public String description;

    public ServiceStandard() {
    }

    public ServiceStandard(Channel channel, QueueFunction queueFunction, ServiceTarget target, String description) {
        this.channel = channel;
        this.queueFunction = queueFunction;
        this.target = target;
        this.description = description;
    }
}
