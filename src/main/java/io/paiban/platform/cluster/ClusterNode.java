package io.paiban.platform.cluster;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.paiban.platform.PaibanConfig;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.util.UUID;

/**
 * This replica: its id in the cluster (owner of solve leases, runner of scheduled jobs) and whether it drains. From
 * the first shutdown signal on it drains: readiness turns DOWN (the load balancer stops sending requests), the solve
 * workers claim nothing more and hand their leases back. The id is the host name (the pod name on Kubernetes) plus a
 * random suffix per start, so that a restarted pod never mistakes the leases of its previous life for its own.
 */
@ApplicationScoped
public class ClusterNode {

    private static final Logger LOG = Logger.getLogger(ClusterNode.class);

    private final String instanceId;
    private volatile boolean draining;

    public ClusterNode(PaibanConfig config) {
        this.instanceId = config.cluster().instanceId().filter(s -> !s.isBlank()).orElseGet(() -> host() + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static String host() {
        String pod = System.getenv("HOSTNAME");
        if (pod != null && !pod.isBlank()) {
            return pod;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "paiban";
        }
    }

    public String instanceId() {
        return instanceId;
    }

    public boolean draining() {
        return draining;
    }

    /** First of the shutdown observers: from here on this replica takes no new work. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        startDraining();
    }

    public void startDraining() {
        if (!draining) {
            draining = true;
            LOG.infof("Replica %s drains: readiness DOWN, no new solve claims, leases handed back", instanceId);
        }
    }
}
