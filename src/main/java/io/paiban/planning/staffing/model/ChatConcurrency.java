package io.paiban.planning.staffing.model;

/**
 * Chat handling with several sessions per agent.
 *
 * <p>Model: an agent is {@code maxConcurrentChats} independent servers ("slots"), so N agents form an
 * M/M/(N*c) queue (or M/M/(N*c)+M with abandonment). Juggling chats slows each one down, so the session
 * handle time used by the queue is the single-chat handle time inflated by
 * {@code 1 + handleTimeInflationPerExtraChat * (c - 1)}. Planning at full concurrency is deliberately
 * pessimistic: agents that are not full work faster than assumed. Use inflation 0 when the handle time
 * was measured at the planned concurrency already.
 *
 * @param maxConcurrentChats              c, at least 1 (1 is plain voice)
 * @param handleTimeInflationPerExtraChat relative handle-time growth per additional concurrent chat, >= 0
 */
public record ChatConcurrency(int maxConcurrentChats, double handleTimeInflationPerExtraChat) {

    private static final ChatConcurrency SINGLE = new ChatConcurrency(1, 0.0);

    public ChatConcurrency {
        if (maxConcurrentChats < 1) {
            throw new StaffingInputException("maxConcurrentChats", "must be at least 1, was " + maxConcurrentChats);
        }
        StaffingInputException.requireNonNegative("handleTimeInflationPerExtraChat", handleTimeInflationPerExtraChat);
    }

    /** One contact per agent: voice. */
    public static ChatConcurrency single() {
        return SINGLE;
    }

    public static ChatConcurrency of(int maxConcurrentChats, double handleTimeInflationPerExtraChat) {
        return new ChatConcurrency(maxConcurrentChats, handleTimeInflationPerExtraChat);
    }

    /** Handle-time multiplier for a session handled while the agent holds {@code concurrentChats} chats. */
    public double handleTimeFactor(int concurrentChats) {
        return 1.0 + handleTimeInflationPerExtraChat * (concurrentChats - 1);
    }

    /** Session handle time used by the slot model (agents assumed to run at full concurrency). */
    public double effectiveHandleSeconds(double singleChatHandleSeconds) {
        return singleChatHandleSeconds * handleTimeFactor(maxConcurrentChats);
    }
}
