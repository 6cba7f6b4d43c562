package io.paiban.floor.contract;

/** Extra fees contracts name besides the service price. */
public enum FeeKind {
    TRAINING, SYSTEM, OTHER
}
