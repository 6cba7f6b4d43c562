package io.paiban.masterdata.client;

/** The marketplace a client shop sells on; JD has its own after-sale reply rules. */
public enum Platform {
    TMALL, TAOBAO, JD, PINDUODUO, OTHER
}
