package org.chronoquiz.timex;

import java.util.List;

/**
 * What the extractor read in a text: its sentences and its temporal expressions with their resolved values.
 * The one authority on both; the question generator builds on this and decides neither again.
 */
public record Reading(List<Sentence> sentences, List<Timex> timexes) {
}
