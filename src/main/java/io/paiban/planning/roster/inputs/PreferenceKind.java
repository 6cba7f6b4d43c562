package io.paiban.planning.roster.inputs;

/** An agent wants (DESIRED) or does not want (UNDESIRED) a day or shift. */
public enum PreferenceKind {
    DESIRED, UNDESIRED
}
