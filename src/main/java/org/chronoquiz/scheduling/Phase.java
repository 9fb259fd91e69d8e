package org.chronoquiz.scheduling;

/** Where a card stands in the FSRS state machine. */
public enum Phase { NEW, LEARNING, REVIEW, RELEARNING }
