package io.paiban.masterdata.client;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** A client shop served under an outsourcing contract; the tenant that owns its queues and data. */
@Entity
@Table(name = "client")
public class Client extends VersionedEntity {

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Platform platform;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "client_service_standard", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "list_index")
    public List<ServiceStandard> standards = new ArrayList<>();
}
