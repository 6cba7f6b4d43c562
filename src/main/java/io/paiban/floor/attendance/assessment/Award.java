package io.paiban.floor.attendance.assessment;

/** What the monthly ranking gives an agent: best employee (places 1-3), most improved, or the bottom list. */
public enum Award {
    BEST_1, BEST_2, BEST_3, MOST_IMPROVED, BOTTOM
}
