package io.paiban.masterdata.shift;

import io.paiban.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * Site-local dates on which a WINDOWED template (a peak shift) may be rostered, enabled for one site or one
 * client (a promotion of that client's shops, a holiday period of a site).
 */
@Entity
@Table(name = "shift_template_window")
public class ShiftTemplateWindow extends VersionedEntity {

    @Column(name = "template_id", nullable = false)
    public Long templateId;

    @Column(name = "site_id")
    public Long siteId;

    @Column(name = "client_id")
    public Long clientId;

    @Column(name = "first_date", nullable = false)
    public LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    public LocalDate lastDate;

    @Column(length = 500)
    public String note;
}
