package io.paiban.floor.servicelevel.actuals;

import io.paiban.masterdata.client.Client;
import io.paiban.kernel.Channel;
import io.paiban.masterdata.queue.ServiceQueue;
import io.paiban.masterdata.workforce.Agent;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Codes of queues, agents and clients to ids (with site zones), loaded once per import. */
final class ActualsDirectory {

    record QueueRef(long id, ZoneId zone, Channel channel, Integer thresholdSeconds, long clientId) {
    }

    record AgentRef(long id, ZoneId zone) {
    }

    private final Map<String, QueueRef> queues = new HashMap<>();
    private final Map<String, AgentRef> agents = new HashMap<>();
    private final Map<String, Long> clients = new HashMap<>();

    static ActualsDirectory queues() {
        ActualsDirectory d = new ActualsDirectory();
        for (ServiceQueue q : ServiceQueue.<ServiceQueue>find("from ServiceQueue q join fetch q.site").list()) {
            d.queues.put(q.code, new QueueRef(q.id, q.site.zone(), q.channel, q.target.thresholdSeconds, q.client.id));
        }
        return d;
    }

    static ActualsDirectory agents() {
        ActualsDirectory d = new ActualsDirectory();
        for (Agent a : Agent.<Agent>find("from Agent a join fetch a.site").list()) {
            d.agents.put(a.employeeNo, new AgentRef(a.id, a.site.zone()));
        }
        return d;
    }

    static ActualsDirectory clientsAndAgents() {
        ActualsDirectory d = agents();
        for (Client c : Client.<Client>listAll()) {
            d.clients.put(c.code, c.id);
        }
        return d;
    }

    /** Clients, queues and agents: what a sale or a complaint may name. */
    static ActualsDirectory all() {
        ActualsDirectory d = clientsAndAgents();
        d.queues.putAll(queues().queues);
        return d;
    }

    Optional<QueueRef> queue(String code) {
        return Optional.ofNullable(code == null ? null : queues.get(code));
    }

    Optional<AgentRef> agent(String employeeNo) {
        return Optional.ofNullable(employeeNo == null ? null : agents.get(employeeNo));
    }

    Optional<Long> client(String code) {
        return Optional.ofNullable(code == null ? null : clients.get(code));
    }
}
