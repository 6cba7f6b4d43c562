package io.paiban.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Username and password sign-in for every mechanism that sends them (HTTP Basic, form sign-in, the token
 * endpoint), so that normalisation and lockout apply everywhere. The check runs on a worker thread; a wrong password is answered after the guard's delay
 * without holding any thread.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    PasswordSignIn signIn;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String address = ClientAddress.of(request);
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> signIn.signIn(username, password, address))
                .onFailure(f -> f.getCause() instanceof PasswordSignIn.InvalidCredentials).recoverWithUni(failure -> {
                    java.time.Duration delay = ((PasswordSignIn.InvalidCredentials) failure.getCause()).delay();
                    Uni<SecurityIdentity> failed = Uni.createFrom().failure(failure);
                    return delay.isZero() ? failed
                            : Uni.createFrom().voidItem().onItem().delayIt().by(delay).onItem().transformToUni(v -> failed);
                });
    }
}
