package io.paiban.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness DOWN while this replica drains, so that the Service sends it no new requests. */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

    @Inject
    ClusterNode node;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cluster-node").status(!node.draining()).withData("instance", node.instanceId())
                .withData("draining", node.draining()).build();
    }
}
