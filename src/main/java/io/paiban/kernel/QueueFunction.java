package io.paiban.kernel;

/** Pre-sale (售前), order handling (售中) and after-sale (售后) service. */
public enum QueueFunction {
    PRE_SALE, ORDER, AFTER_SALE
}
