package io.paiban.floor.servicelevel.report;

import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.kernel.ServiceTarget;
import io.paiban.floor.servicelevel.calendar.BusinessCalendar;

import java.time.ZoneId;

/** What reports and compliance need of a queue, detached from the persistence session. */
public record QueueInfo(long id, String code, long clientId, long siteId, Channel channel, QueueFunction function, ZoneId zone,
                        ServiceTarget target, BusinessCalendar calendar) {

    public static QueueInfo of(ServiceQueue q) {
        ZoneId zone = q.site.zone();
        return new QueueInfo(q.id, q.code, q.client.id, q.site.id, q.channel, q.function, zone, q.target,
                new BusinessCalendar(q.openingHours, zone));
    }
}
