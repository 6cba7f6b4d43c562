package io.paiban.planning.activity;

/** Who attends a recurring group activity: everyone on shift, the day or night shift, one team, or those rostered on a queue. */
public enum Audience {
    ALL, DAY_SHIFT, NIGHT_SHIFT, TEAM, QUEUE
}
