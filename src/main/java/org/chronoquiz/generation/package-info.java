/**
 * Question generation: an article's dated facts become question drafts for instructors to review.
 *
 * <p>Flow: {@code TimexExtractor} finds temporal expressions; {@link org.chronoquiz.generation.FactFinder}
 * keeps those a question can be asked about; {@link org.chronoquiz.generation.ClauseBuilder} cuts each
 * fact's clause out of its sentence; {@link org.chronoquiz.generation.QuestionPhraser} words it;
 * {@link org.chronoquiz.generation.DateQuestions} and {@link org.chronoquiz.generation.EventQuestions}
 * assemble the drafts. Everything is pure and deterministic: randomness is seeded from each question's key.
 *
 * <p>Decisions an instructor reviewing the bank should know:
 * <ul>
 *   <li>Dates are written "October 8, 1980", "July 1944", "2015", "first half of 2023", at the fact's own
 *       granularity; distractors keep that granularity (and, for ranges, the length and shape).</li>
 *   <li>A range ("November 22-23", "2019-2020", "from January to September 2022") is asked as one answer,
 *       "November 22-23, 2022"; its {@code answerValue} is the TIMEX3 value of its start.</li>
 *   <li>Each date of a list ("in October 2015, November 2017, May 2018, and September 2021") gets its own
 *       questions; the prompt names the other listed dates as excluded ("Besides ..., when ...?") and no
 *       distractor is another listed date.</li>
 *   <li>Not asked: durations, sets, vague references ("recent years", "now"), approximate dates ("a decade
 *       ago"), named events ("Arab Spring"), a line that is only a date (the page's dateline or a caption's),
 *       dates inside quotations, and facts whose clause opens with a pronoun that cannot be named from the
 *       previous sentence.</li>
 *   <li>A year-less date in a past-tense sentence is never placed after publication ("took place on
 *       November 22-23" in a March 2023 article is 2022).</li>
 *   <li>For a state-owned outlet every prompt starts "According to the article, "; a source the sentence
 *       cites is kept ("According to the article, citing ...").</li>
 *   <li>what_happened and timeline use only past events stated at a point in time; an event the article
 *       dates more than once is left out of timelines, and never offered as a wrong choice for a date it
 *       also happened at.</li>
 * </ul>
 */
package org.chronoquiz.generation;
