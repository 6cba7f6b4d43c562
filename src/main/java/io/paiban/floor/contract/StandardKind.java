package io.paiban.floor.contract;

/** What a contract clause measures. */
public enum StandardKind {
    /** The client's response-time standard for a channel (phone 5 min, chat 2 min, email 24 h, JD rules) */
    RESPONSE_TIME,
    /** reply_rate: contacts answered or replied to over contacts received */
    REPLY_RATE,
    /** satisfaction: satisfied ratings over ratings */
    SATISFACTION,
    /** accuracy: accurate over quality-checked contacts */
    ACCURACY
}
