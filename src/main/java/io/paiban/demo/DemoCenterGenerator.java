package io.paiban.demo;

import io.paiban.masterdata.calendar.CalendarEventType;
import io.paiban.masterdata.client.Platform;
import io.paiban.demo.DemoCenter.AgentSpec;
import io.paiban.demo.DemoCenter.ClientSpec;
import io.paiban.demo.DemoCenter.EventSpec;
import io.paiban.demo.DemoCenter.HistoryRow;
import io.paiban.demo.DemoCenter.QueueSpec;
import io.paiban.demo.DemoCenter.SiteSpec;
import io.paiban.kernel.Channel;
import io.paiban.kernel.QueueFunction;
import io.paiban.kernel.AgentStatus;
import io.paiban.kernel.EmploymentType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds a believable outsourcing vendor: three client shops (Tmall, JD, Pinduoduo), queues across
 * phone, chat, email and tickets, agents with realistic skill mixes, and per-interval history with
 * daily and weekly shape, Poisson noise, holidays, and 618 / Double 11 promotions whose pre-sale
 * surge comes before and on the day and whose after-sale surge follows it. Deterministic by seed.
 */
public final class DemoCenterGenerator {

    public static final int INTERVAL_MINUTES = 30;

    private static final List<ClientSpec> CLIENTS = List.of(
            new ClientSpec("LANXI-TM", "Lanxi Home Tmall flagship store", Platform.TMALL),
            new ClientSpec("JINGYU-JD", "Jingyu Electronics JD self-run store", Platform.JD),
            new ClientSpec("GUOXIANG-PDD", "Guoxiang Fresh Pinduoduo store", Platform.PINDUODUO));

    /** The queue mix of an 8-queue center; larger centers repeat it with numbered copies. */
    private static final List<QueueTemplate> QUEUE_MIX = List.of(
            new QueueTemplate("LANXI-TM", "TM-CHAT-PRE", "Tmall chat pre-sale", Channel.CHAT, QueueFunction.PRE_SALE, 300, 3, 1.15),
            new QueueTemplate("JINGYU-JD", "JD-PHONE-PRE", "JD phone pre-sale", Channel.PHONE, QueueFunction.PRE_SALE, 210, 1, 1.0),
            new QueueTemplate("LANXI-TM", "TM-CHAT-AFTER", "Tmall chat after-sale", Channel.CHAT, QueueFunction.AFTER_SALE, 420, 2, 0.9),
            new QueueTemplate("JINGYU-JD", "JD-TICKET-AFTER", "JD after-sale tickets", Channel.TICKET, QueueFunction.AFTER_SALE, 600, 1, 1.0),
            new QueueTemplate("GUOXIANG-PDD", "PDD-CHAT-PRE", "Pinduoduo chat pre-sale", Channel.CHAT, QueueFunction.PRE_SALE, 240, 3, 1.0),
            new QueueTemplate("LANXI-TM", "TM-PHONE-ORDER", "Tmall phone order service", Channel.PHONE, QueueFunction.ORDER, 240, 1, 0.8),
            new QueueTemplate("JINGYU-JD", "JD-EMAIL-AFTER", "JD after-sale email", Channel.EMAIL, QueueFunction.AFTER_SALE, 480, 1, 0.9),
            new QueueTemplate("GUOXIANG-PDD", "PDD-CHAT-AFTER", "Pinduoduo chat after-sale", Channel.CHAT, QueueFunction.AFTER_SALE, 360, 2, 0.85));

    /** Relative contacts per clock hour for live channels: morning, afternoon and a strong evening peak. */
    private static final double[] HOURLY_SHAPE = {
            0.60, 0.15, 0.05, 0.02, 0.02, 0.03, 0.10, 0.30, 0.70, 1.00, 1.20, 1.10,
            0.80, 0.95, 1.10, 1.10, 1.00, 0.90, 0.85, 1.00, 1.25, 1.30, 1.10, 0.85};

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕飞鹏辉琳雪梅婷宇浩然欣怡子涵";

    private DemoCenterGenerator() {
    }

    public static DemoCenter generate(DemoCenterSpec spec) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<QueueSpec> queues = queues(spec, random.split());
        List<EventSpec> events = events(spec);
        List<AgentSpec> agents = agents(spec, queues, random.split());
        List<HistoryRow> history = new ArrayList<>();
        for (QueueSpec queue : queues) {
            history.addAll(history(spec, queue, events, random.split()));
        }
        Set<String> usedClients = new LinkedHashSet<>();
        queues.forEach(q -> usedClients.add(q.clientCode()));
        List<ClientSpec> clients = CLIENTS.stream().filter(c -> usedClients.contains(c.code())).toList();
        SiteSpec site = new SiteSpec("HZ-1", "Hangzhou service floor 1", spec.zone().getId());
        return new DemoCenter(spec, site, clients, queues, agents, events, history);
    }

    private record QueueTemplate(String clientCode, String code, String name, Channel channel, QueueFunction function,
                                 int handleSeconds, int concurrency, double weight) {
    }

    private static List<QueueSpec> queues(DemoCenterSpec spec, SplittableRandom random) {
        // Volume scales with the agent count so that larger centers stay about as busy as the 150-agent one.
        double workloadHoursPerQueue = 45.0 * spec.agents() / 150.0 * 8.0 / spec.queues();
        List<QueueSpec> queues = new ArrayList<>();
        for (int i = 0; i < spec.queues(); i++) {
            QueueTemplate t = QUEUE_MIX.get(i % QUEUE_MIX.size());
            int copy = i / QUEUE_MIX.size();
            String suffix = copy == 0 ? "" : "-" + (copy + 1);
            double workload = workloadHoursPerQueue * t.weight() * (0.85 + 0.3 * random.nextDouble());
            double daily = workload * 3600.0 * t.concurrency() / t.handleSeconds();
            LocalTime opens = switch (t.channel()) {
                case CHAT -> LocalTime.of(8, 0);
                case PHONE -> LocalTime.of(8, 30);
                case EMAIL, TICKET -> LocalTime.of(9, 0);
            };
            LocalTime closes = switch (t.channel()) {
                case CHAT -> LocalTime.of(2, 0);
                case PHONE -> LocalTime.of(1, 0);
                case EMAIL, TICKET -> LocalTime.of(21, 0);
            };
            queues.add(new QueueSpec(t.code() + suffix, t.name() + (copy == 0 ? "" : " " + (copy + 1)), t.clientCode(),
                    t.channel(), t.function(), t.handleSeconds(), t.concurrency(), opens, closes, Math.round(daily * 10) / 10.0));
        }
        return queues;
    }

    /** Holidays and promotions from the year before the history to the year after it. */
    static List<EventSpec> events(DemoCenterSpec spec) {
        List<EventSpec> events = new ArrayList<>();
        for (int year = spec.historyStart().getYear() - 1; year <= spec.historyEnd().getYear() + 1; year++) {
            events.add(holiday("New Year's Day", "NEW_YEAR", LocalDate.of(year, 1, 1), 1));
            events.add(holiday("Labour Day", "LABOUR_DAY", LocalDate.of(year, 5, 1), 5));
            events.add(holiday("National Day", "NATIONAL_DAY", LocalDate.of(year, 10, 1), 7));
            LunarHolidays.of(year).forEach(events::add);
            events.add(new EventSpec("618 shopping festival " + year, CalendarEventType.PROMOTION, "618",
                    LocalDate.of(year, 6, 18), LocalDate.of(year, 6, 18), new BigDecimal("2.500"),
                    "Pre-sale rises from three days before; after-sale surges for ten days after"));
            events.add(new EventSpec("Double 11 " + year, CalendarEventType.PROMOTION, "DOUBLE_11",
                    LocalDate.of(year, 11, 11), LocalDate.of(year, 11, 11), new BigDecimal("3.500"),
                    "Midnight launch peak 00:00-02:00; after-sale surge in the following days"));
            events.add(new EventSpec("Double 12 " + year, CalendarEventType.PROMOTION, "DOUBLE_12",
                    LocalDate.of(year, 12, 12), LocalDate.of(year, 12, 12), new BigDecimal("1.800"), null));
        }
        return events;
    }

    private static EventSpec holiday(String name, String key, LocalDate start, int days) {
        return new EventSpec(name + " " + start.getYear(), CalendarEventType.PUBLIC_HOLIDAY, key, start,
                start.plusDays(days - 1L), null, null);
    }

    private static List<AgentSpec> agents(DemoCenterSpec spec, List<QueueSpec> queues, SplittableRandom random) {
        List<AgentSpec> agents = new ArrayList<>();
        int flexPool = Math.max(1, spec.agents() / 10);
        int trainees = Math.max(1, spec.agents() * 8 / 100);
        int leavers = Math.max(1, spec.agents() / 60);
        LocalDate today = spec.historyEnd();
        double[] weights = queues.stream().mapToDouble(q -> q.dailyVolume() * q.handleSeconds() / q.concurrency()).toArray();
        List<String> liveChatCodes = queues.stream().filter(q -> q.channel() == Channel.CHAT).map(QueueSpec::code).toList();
        for (int i = 0; i < spec.agents(); i++) {
            boolean flex = i >= spec.agents() - flexPool;
            int inHouseIndex = i;
            AgentStatus status = !flex && inHouseIndex < trainees ? AgentStatus.TRAINEE
                    : !flex && inHouseIndex < trainees + leavers ? AgentStatus.LEFT : AgentStatus.ACTIVE;
            LocalDate hired = status == AgentStatus.TRAINEE
                    ? today.minusDays(3 + random.nextInt(18))
                    : today.minusDays(60 + random.nextInt(1400));
            List<String> certified = new ArrayList<>();
            if (status != AgentStatus.TRAINEE) {
                String primary = queues.get(pick(weights, random)).code();
                certified.add(primary);
                int extra = random.nextDouble() < 0.45 ? 1 : random.nextDouble() < 0.2 ? 2 : 0;
                for (int k = 0; k < extra; k++) {
                    String other = flex && !liveChatCodes.isEmpty()
                            ? liveChatCodes.get(random.nextInt(liveChatCodes.size()))
                            : queues.get(pick(weights, random)).code();
                    if (!certified.contains(other)) {
                        certified.add(other);
                    }
                }
            }
            BigDecimal hours = flex ? BigDecimal.valueOf(24 + 8L * random.nextInt(4))
                    : random.nextDouble() < 0.1 ? new BigDecimal("40") : new BigDecimal("48");
            BigDecimal cost = BigDecimal.valueOf(flex ? 34 + random.nextDouble() * 6 : 24 + random.nextDouble() * 6)
                    .setScale(2, RoundingMode.HALF_UP);
            String employeeNo = (flex ? "FX" : "KF") + String.format("%05d", i + 1);
            agents.add(new AgentSpec(employeeNo, name(random), flex ? EmploymentType.FLEX_POOL : EmploymentType.IN_HOUSE,
                    status, hours.setScale(2, RoundingMode.UNNECESSARY), random.nextDouble() < (flex ? 0.8 : 0.6), cost,
                    hired, List.copyOf(certified), certified.isEmpty() ? null : hired.plusDays(14)));
        }
        return agents;
    }

    private static int pick(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextDouble() < 0.6 ? 2 : 1;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static List<HistoryRow> history(DemoCenterSpec spec, QueueSpec queue, List<EventSpec> events,
                                            SplittableRandom random) {
        List<HistoryRow> rows = new ArrayList<>();
        DemandShape shape = new DemandShape(queue, events);
        for (LocalDate day = spec.historyStart(); day.isBefore(spec.historyEnd()); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(spec.zone()).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(spec.zone()).toInstant();
            double dayFactor = shape.dayFactor(day);
            for (Instant t = start; t.isBefore(end); t = t.plusSeconds(INTERVAL_MINUTES * 60L)) {
                LocalTime local = ZonedDateTime.ofInstant(t, spec.zone()).toLocalTime();
                double mean = queue.dailyVolume() * dayFactor * shape.intervalShare(local) * shape.launchPeak(day, local);
                if (mean <= 0) {
                    continue;
                }
                int offered = poisson(mean, random);
                double abandonRate = queue.channel().isDeferred() ? 0 : Math.min(0.25, 0.025 * Math.max(1, dayFactor));
                int abandoned = binomial(offered, abandonRate, random);
                double aht = offered == 0 ? Double.NaN
                        : queue.handleSeconds() * (local.getHour() >= 20 || local.getHour() < 2 ? 1.06 : 1.0)
                        * (1 + 0.08 * random.nextGaussian() / Math.sqrt(Math.max(1, offered - abandoned)));
                rows.add(new HistoryRow(queue.code(), t, INTERVAL_MINUTES, offered, offered - abandoned, abandoned,
                        Double.isNaN(aht) ? null : Math.round(aht * 10) / 10.0));
            }
        }
        return rows;
    }

    static int poisson(double mean, SplittableRandom random) {
        if (mean > 60) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static int binomial(int n, double p, SplittableRandom random) {
        if (p <= 0 || n == 0) {
            return 0;
        }
        if (n > 100) {
            double mean = n * p;
            return (int) Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * random.nextGaussian())));
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** When contacts come: interval share of the day, weekday factor, holiday and promotion effects. */
    static final class DemandShape {
        private final QueueSpec queue;
        private final List<EventSpec> events;
        private final double[] shareByHalfHour = new double[48];

        DemandShape(QueueSpec queue, List<EventSpec> events) {
            this.queue = queue;
            this.events = events;
            double total = 0;
            for (int i = 0; i < 48; i++) {
                LocalTime t = LocalTime.of(i / 2, (i % 2) * 30);
                double weight = queue.channel().isDeferred()
                        ? 0.35 + 0.65 * HOURLY_SHAPE[i / 2] // emails arrive around the clock, flatter
                        : open(t) ? HOURLY_SHAPE[i / 2] : 0;
                shareByHalfHour[i] = weight;
                total += weight;
            }
            for (int i = 0; i < 48; i++) {
                shareByHalfHour[i] /= total;
            }
        }

        private boolean open(LocalTime t) {
            LocalTime opens = queue.opensAt();
            LocalTime closes = queue.closesAt();
            return closes.isAfter(opens) ? !t.isBefore(opens) && t.isBefore(closes) : !t.isBefore(opens) || t.isBefore(closes);
        }

        double intervalShare(LocalTime t) {
            return shareByHalfHour[t.getHour() * 2 + t.getMinute() / 30];
        }

        double dayFactor(LocalDate day) {
            double factor = weekday(day);
            for (EventSpec event : events) {
                if (event.type() == CalendarEventType.PUBLIC_HOLIDAY && !day.isBefore(event.start()) && !day.isAfter(event.end())) {
                    factor *= "SPRING_FESTIVAL".equals(event.key()) ? 0.55 : holidayFactor();
                } else if (event.type() == CalendarEventType.PROMOTION) {
                    long offset = day.toEpochDay() - event.start().toEpochDay();
                    double strength = switch (event.key()) {
                        case "DOUBLE_11" -> 1.0;
                        case "618" -> 0.6;
                        default -> 0.3;
                    };
                    factor *= 1 + (promotionEffect(offset) - 1) * strength;
                }
            }
            return factor;
        }

        /** The 00:00-02:00 launch rush on the promotion day itself: pre-sale and order queues only. */
        double launchPeak(LocalDate day, LocalTime t) {
            if (t.getHour() >= 2 || queue.function() == QueueFunction.AFTER_SALE) {
                return 1;
            }
            for (EventSpec event : events) {
                if (event.type() == CalendarEventType.PROMOTION && event.start().equals(day) && "DOUBLE_11".equals(event.key())) {
                    return queue.function() == QueueFunction.PRE_SALE ? 5.0 : 3.0;
                }
            }
            return 1;
        }

        private double weekday(LocalDate day) {
            int d = day.getDayOfWeek().getValue() - 1;
            return switch (queue.function()) {
                case PRE_SALE -> new double[]{0.97, 0.95, 0.94, 0.96, 1.02, 1.12, 1.15}[d];
                case ORDER -> new double[]{1.05, 1.0, 0.98, 0.98, 1.0, 1.0, 0.95}[d];
                case AFTER_SALE -> new double[]{1.18, 1.08, 1.0, 0.97, 0.95, 0.85, 0.82}[d];
            };
        }

        private double holidayFactor() {
            return switch (queue.function()) {
                case PRE_SALE -> 0.85;
                case ORDER -> 0.9;
                case AFTER_SALE -> 0.75;
            };
        }

        /** Pre-sale rises before and peaks on the day; order handling peaks on and after it; after-sale follows. */
        private double promotionEffect(long offset) {
            return switch (queue.function()) {
                case PRE_SALE -> offset == -3 ? 1.3 : offset == -2 ? 1.5 : offset == -1 ? 1.8 : offset == 0 ? 3.5
                        : offset == 1 ? 1.3 : 1.0;
                case ORDER -> offset == -1 ? 1.2 : offset == 0 ? 2.5 : offset == 1 ? 2.0 : offset == 2 ? 1.5
                        : offset == 3 ? 1.2 : 1.0;
                case AFTER_SALE -> offset >= 0 && offset <= 10
                        ? new double[]{1.2, 1.6, 2.2, 2.0, 1.8, 1.6, 1.4, 1.3, 1.2, 1.1, 1.05}[(int) offset] : 1.0;
            };
        }
    }
}
