package org.chronoquiz.timex;

/** One family of temporal expressions; finds the longest expression of its kind starting at a token. */
interface TimexPattern {
    /** The match starting at token {@code i}, or null. */
    Match at(DocumentScan scan, int i);
}
