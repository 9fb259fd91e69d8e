package org.chronoquiz.timex;

/** The grammatical time of the clause around an expression, used to pick which Wednesday is meant. */
enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
