package org.chronoquiz.scheduling;

/** Where a card stands in the FSRS state machine. */
public enum Phase {
    NEW, LEARNING, REVIEW, RELEARNING;

    /** How the API and the pages spell it: "New", "Learning", "Review", "Relearning". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
