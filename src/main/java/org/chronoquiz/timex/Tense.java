package org.chronoquiz.timex;

/**
 * The grammatical time of the clause around an expression, used to pick which Wednesday is meant; exported
 * on every {@link Timex} so that what is built on a date (a question's wrong choices) reads it from here.
 */
public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
