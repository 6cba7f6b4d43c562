package io.paiban.security;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The client address a sign-in is counted against: the connection's remote address (behind a proxy, enable
 * quarkus.http.proxy.proxy-address-forwarding so that it is the forwarded one).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(AuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context == null ? "unknown" : of(context);
    }

    public static String of(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
