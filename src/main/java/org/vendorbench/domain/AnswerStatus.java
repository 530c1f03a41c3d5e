package org.vendorbench.domain;

/** Whether a question got a usable answer. NA is ANSWERED with value {@code "NA"}. */
public enum AnswerStatus { ANSWERED, MISSING, UNREADABLE }
