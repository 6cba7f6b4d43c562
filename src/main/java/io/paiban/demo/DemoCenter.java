package io.paiban.demo;

import io.paiban.masterdata.calendar.CalendarEventType;
import io.paiban.masterdata.client.Platform;
import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.AgentStatus;
import io.paiban.kernel.EmploymentType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A generated contact center, as plain data, ready to be stored or written to files. */
public record DemoCenter(DemoCenterSpec spec, SiteSpec site, List<ClientSpec> clients, List<QueueSpec> queues,
                         List<AgentSpec> agents, List<EventSpec> events, List<HistoryRow> history) {

    public record SiteSpec(String code, String name, String timeZone) {
    }

    public record ClientSpec(String code, String name, Platform platform) {
    }

    public record QueueSpec(String code, String name, String clientCode, Channel channel, QueueFunction function,
                            int handleSeconds, int concurrency, LocalTime opensAt, LocalTime closesAt,
                            double dailyVolume) {
    }

    public record AgentSpec(String employeeNo, String fullName, EmploymentType type, AgentStatus status,
                            BigDecimal contractHoursPerWeek, boolean nightEligible, BigDecimal hourlyCost,
                            LocalDate hiredOn, List<String> certifiedQueueCodes, LocalDate certifiedOn) {
    }

    public record EventSpec(String name, CalendarEventType type, String key, LocalDate start, LocalDate end,
                            BigDecimal volumeFactor, String notes) {
    }

    public record HistoryRow(String queueCode, Instant intervalStart, int intervalMinutes, int offered, int answered,
                             int abandoned, Double ahtSeconds) {
    }
}
