package io.paiban.masterdata.queue;

import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.ServiceTarget;

import io.paiban.masterdata.client.Client;
import io.paiban.platform.persistence.VersionedEntity;
import io.paiban.masterdata.site.Site;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** Where contacts wait: one client x channel x function, answered from one site. */
@Entity
@Table(name = "service_queue")
public class ServiceQueue extends VersionedEntity {

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false)
    public String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    public Client client;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    public Site site;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "queue_function", nullable = false)
    public QueueFunction function;

    @Embedded
    public ServiceTarget target;

    @Column(name = "default_handle_seconds", nullable = false)
    public int defaultHandleSeconds;

    /** Contacts one agent handles at once; above 1 only for chat. */
    @Column(name = "chat_concurrency", nullable = false)
    public int chatConcurrency = 1;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "queue_opening_hours", joinColumns = @JoinColumn(name = "queue_id"))
    @OrderColumn(name = "list_index")
    public List<OpeningHours> openingHours = new ArrayList<>();
}
