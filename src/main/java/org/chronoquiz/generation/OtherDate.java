package org.chronoquiz.generation;

/**
 * Another date of a fact's sentence, which has a question of its own and so leaves the fact's prompt where it can:
 * its article offsets, and whether it sits inside a noun phrase ("the Aug. 7 bombings"), where only its words go,
 * or says when ("on Sunday"), where its preposition goes with it.
 */
record OtherDate(int start, int end, boolean modifier) {
}
