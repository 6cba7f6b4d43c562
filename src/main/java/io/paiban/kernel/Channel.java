package io.paiban.kernel;

/** How customers reach the vendor. Phone and chat are answered live; email and tickets are deferred work. */
public enum Channel {
    PHONE, CHAT, EMAIL, TICKET;

    public boolean isDeferred() {
        return this == EMAIL || this == TICKET;
    }
}
