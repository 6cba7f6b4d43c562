package io.paiban.planning.staffing.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.SplittableRandom;

/**
 * Discrete-event simulation of a multi-agent queue with time-varying arrivals and staffing.
 *
 * <p>Model: arrivals per interval are Poisson at a constant rate (or a batch at the interval start); each agent
 * holds up to c contacts and a new contact goes to the least-loaded agent; a session's duration is a draw from
 * the service distribution times {@link ChatConcurrency#handleTimeFactor(int)} for the agent's load when the
 * session starts; waiting contacts hang up after an exponential patience. When staffing drops, the agents with
 * the fewest sessions leave, busy ones only after finishing their sessions (no pre-emption). The queue is
 * carried across interval boundaries; after the last interval no one arrives and the last staffing works off
 * what is left. Outcomes are attributed to the interval in which the contact arrived.
 */
public final class QueueSimulator {

    private static final double TIME_EPSILON = 1e-9;

    private QueueSimulator() {
    }

    public static SimulationResult run(SimulationSettings settings) {
        return new Run(settings).execute();
    }

    private enum EventType { BOUNDARY, ARRIVAL, DEPARTURE, ABANDON }

    private enum ContactState { WAITING, IN_SERVICE, DONE, ABANDONED }

    private static final class Contact {
        final double arrival;
        final int interval;
        final double deadline;
        final long order;
        ContactState state = ContactState.WAITING;

        Contact(double arrival, int interval, double deadline, long order) {
            this.arrival = arrival;
            this.interval = interval;
            this.deadline = deadline;
            this.order = order;
        }
    }

    private static final class Agent {
        int sessions;
        boolean leaving;
    }

    private record Event(double time, long sequence, EventType type, int interval, Contact contact, Agent agent) {
    }

    /** All mutable state of one run, confined to this object. */
    private static final class Run {
        private final SimulationSettings settings;
        private final List<SimulationInterval> intervals;
        private final int intervalCount;
        private final int slotsPerAgent;
        private final double[] intervalStarts;
        private final SplittableRandom random;
        private final PriorityQueue<Event> events = new PriorityQueue<>(
                Comparator.comparingDouble(Event::time).thenComparingLong(Event::sequence));
        private final Queue<Contact> waiting;
        private final List<Agent> agents = new ArrayList<>();

        private final long[] offered;
        private final long[] answered;
        private final long[] answeredWithinTarget;
        private final long[] abandoned;
        private final long[] unresolved;
        private final long[] deadlineMet;
        private final long[] deadlineMissed;
        private final double[] queueSeconds;
        private final double[] busySlotSeconds;
        private final double[] staffedSlotSeconds;

        private long sequence;
        private double now;
        private int currentInterval;
        private int busySlots;

        Run(SimulationSettings settings) {
            this.settings = settings;
            this.intervals = settings.intervals();
            this.intervalCount = intervals.size();
            this.slotsPerAgent = settings.concurrency().maxConcurrentChats();
            this.random = new SplittableRandom(settings.seed());
            this.waiting = settings.discipline() == SimulationSettings.QueueDiscipline.EARLIEST_DEADLINE_FIRST
                    ? new PriorityQueue<>(Comparator.comparingDouble((Contact c) -> Double.isNaN(c.deadline) ? Double.MAX_VALUE : c.deadline)
                    .thenComparingLong(c -> c.order))
                    : new ArrayDeque<>();
            intervalStarts = new double[intervalCount + 1];
            for (int k = 0; k < intervalCount; k++) {
                intervalStarts[k + 1] = intervalStarts[k] + intervals.get(k).lengthSeconds();
            }
            offered = new long[intervalCount];
            answered = new long[intervalCount];
            answeredWithinTarget = new long[intervalCount];
            abandoned = new long[intervalCount];
            unresolved = new long[intervalCount];
            deadlineMet = new long[intervalCount];
            deadlineMissed = new long[intervalCount];
            queueSeconds = new double[intervalCount];
            busySlotSeconds = new double[intervalCount];
            staffedSlotSeconds = new double[intervalCount];
        }

        SimulationResult execute() {
            schedule(0.0, EventType.BOUNDARY, 0, null, null);
            while (!events.isEmpty()) {
                Event event = events.poll();
                advanceClock(event.time());
                switch (event.type()) {
                    case BOUNDARY -> startInterval(event.interval());
                    case ARRIVAL -> {
                        arrive();
                        scheduleNextArrival();
                    }
                    case DEPARTURE -> depart(event.contact(), event.agent());
                    case ABANDON -> abandon(event.contact());
                }
            }
            for (Contact contact : waiting) {
                if (contact.state == ContactState.WAITING) {
                    unresolved[contact.interval]++;
                    if (!Double.isNaN(contact.deadline)) {
                        deadlineMissed[contact.interval]++;
                    }
                }
            }
            List<SimulatedStats> perInterval = new ArrayList<>(intervalCount);
            SimulatedStats overall = SimulatedStats.EMPTY;
            for (int k = 0; k < intervalCount; k++) {
                SimulatedStats stats = new SimulatedStats(offered[k], answered[k], answeredWithinTarget[k], abandoned[k],
                        unresolved[k], deadlineMet[k], deadlineMissed[k], queueSeconds[k], busySlotSeconds[k],
                        staffedSlotSeconds[k]);
                perInterval.add(stats);
                overall = overall.plus(stats);
            }
            return new SimulationResult(perInterval, overall);
        }

        private void advanceClock(double time) {
            // Agent time after the horizon is drain time, not part of any interval's occupancy.
            if (currentInterval < intervalCount) {
                busySlotSeconds[currentInterval] += busySlots * (time - now);
            }
            now = time;
        }

        private void startInterval(int k) {
            currentInterval = k;
            if (k == intervalCount) {
                return;
            }
            SimulationInterval interval = intervals.get(k);
            schedule(intervalStarts[k + 1], EventType.BOUNDARY, k + 1, null, null);
            staffedSlotSeconds[k] = (double) interval.agents() * slotsPerAgent * interval.lengthSeconds();
            changeStaffing(interval.agents());
            if (settings.arrivalPattern() == SimulationSettings.ArrivalPattern.BATCH_AT_INTERVAL_START) {
                long batch = Math.round(interval.arrivals());
                for (long i = 0; i < batch; i++) {
                    arrive();
                }
            } else {
                scheduleNextArrival();
            }
        }

        private void scheduleNextArrival() {
            if (settings.arrivalPattern() != SimulationSettings.ArrivalPattern.POISSON || currentInterval >= intervalCount) {
                return;
            }
            SimulationInterval interval = intervals.get(currentInterval);
            if (interval.arrivals() == 0) {
                return;
            }
            double rate = interval.arrivals() / interval.lengthSeconds();
            double next = now - Math.log(1.0 - random.nextDouble()) / rate;
            // Past the boundary the next interval draws afresh; memorylessness makes that exact.
            if (next < intervalStarts[currentInterval + 1]) {
                schedule(next, EventType.ARRIVAL, currentInterval, null, null);
            }
        }

        private void arrive() {
            int k = currentInterval;
            Contact contact = new Contact(now, k, intervals.get(k).deadlineSeconds(), sequence++);
            offered[k]++;
            Agent agent = leastLoadedAvailableAgent();
            if (agent != null) {
                startService(contact, agent);
                return;
            }
            waiting.add(contact);
            if (!settings.patience().isInfinite()) {
                double patience = -settings.patience().meanSeconds() * Math.log(1.0 - random.nextDouble());
                schedule(now + patience, EventType.ABANDON, k, contact, null);
            }
        }

        private void startService(Contact contact, Agent agent) {
            contact.state = ContactState.IN_SERVICE;
            double wait = now - contact.arrival;
            answered[contact.interval]++;
            queueSeconds[contact.interval] += wait;
            if (wait <= settings.answerTargetSeconds() + TIME_EPSILON) {
                answeredWithinTarget[contact.interval]++;
            }
            agent.sessions++;
            busySlots++;
            double duration = settings.serviceTime().sample(random) * settings.concurrency().handleTimeFactor(agent.sessions);
            schedule(now + duration, EventType.DEPARTURE, contact.interval, contact, agent);
        }

        private void depart(Contact contact, Agent agent) {
            contact.state = ContactState.DONE;
            if (!Double.isNaN(contact.deadline)) {
                if (now <= contact.deadline + TIME_EPSILON) {
                    deadlineMet[contact.interval]++;
                } else {
                    deadlineMissed[contact.interval]++;
                }
            }
            agent.sessions--;
            busySlots--;
            if (agent.leaving) {
                if (agent.sessions == 0) {
                    agents.remove(agent);
                }
                return;
            }
            // The queue is only non-empty while every present agent is full, so this agent is now the least loaded.
            Contact next = nextWaiting();
            if (next != null) {
                startService(next, agent);
            }
        }

        private void abandon(Contact contact) {
            if (contact.state != ContactState.WAITING) {
                return;
            }
            contact.state = ContactState.ABANDONED;
            abandoned[contact.interval]++;
            queueSeconds[contact.interval] += now - contact.arrival;
        }

        private Contact nextWaiting() {
            Contact next;
            while ((next = waiting.poll()) != null) {
                if (next.state == ContactState.WAITING) {
                    return next;
                }
            }
            return null;
        }

        private Agent leastLoadedAvailableAgent() {
            Agent best = null;
            for (Agent agent : agents) {
                if (!agent.leaving && agent.sessions < slotsPerAgent && (best == null || agent.sessions < best.sessions)) {
                    best = agent;
                    if (agent.sessions == 0) {
                        break;
                    }
                }
            }
            return best;
        }

        private void changeStaffing(int target) {
            int present = 0;
            for (Agent agent : agents) {
                if (!agent.leaving) {
                    present++;
                }
            }
            if (target > present) {
                int missing = target - present;
                for (Agent agent : agents) {
                    if (missing > 0 && agent.leaving) {
                        agent.leaving = false;
                        missing--;
                    }
                }
                for (int i = 0; i < missing; i++) {
                    agents.add(new Agent());
                }
                Agent free;
                while (!waiting.isEmpty() && (free = leastLoadedAvailableAgent()) != null) {
                    Contact next = nextWaiting();
                    if (next == null) {
                        break;
                    }
                    startService(next, free);
                }
            } else if (target < present) {
                List<Agent> candidates = new ArrayList<>();
                for (Agent agent : agents) {
                    if (!agent.leaving) {
                        candidates.add(agent);
                    }
                }
                candidates.sort(Comparator.comparingInt(agent -> agent.sessions));
                for (Agent agent : candidates.subList(0, present - target)) {
                    agent.leaving = true;
                    if (agent.sessions == 0) {
                        agents.remove(agent);
                    }
                }
            }
        }

        private void schedule(double time, EventType type, int interval, Contact contact, Agent agent) {
            events.add(new Event(time, sequence++, type, interval, contact, agent));
        }
    }
}
