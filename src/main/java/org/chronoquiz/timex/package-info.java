/**
 * Temporal-expression extraction: text and a document creation date (DCT) in, TIMEX3 timexes out.
 *
 * <p>How it works, in one pass:
 * <ol>
 *   <li>{@link org.chronoquiz.timex.Tokenizer} splits the text into letter runs, digit runs and single marks,
 *       keeping offsets, so "mid-November", "2019-2020" and "10 a.m." are matched piece by piece.</li>
 *   <li>{@link org.chronoquiz.timex.DocumentScan} adds sentence numbers and the DCT, and carries a
 *       {@link org.chronoquiz.timex.StoryMemory} of what the story has named so far (day, month, year,
 *       reporting quarter, span of months) and where, for "the following year", "the next morning",
 *       "a year earlier" and "that quarter".</li>
 *   <li>At each token, every pattern family offers its longest match and the longest wins:
 *       {@code AbsoluteDatePatterns}, {@code PeriodPatterns} (quarters, halves, seasons),
 *       {@code RelativeDatePatterns}, {@code StoryRelativePatterns}, {@code WeekdayPatterns},
 *       {@code HolidayPatterns} (Thanksgiving, Christmas Eve, Easter), {@code TimeOfDayPatterns},
 *       {@code DurationPatterns}, {@code SetPatterns}, {@code VaguePatterns}. {@code Modifiers} adds
 *       "early/late/mid/the end of" around any date; {@code RangeEnds} tags the bare second end of
 *       "November 22-23".</li>
 *   <li>Weekdays and year-less dates are anchored on the DCT by the clause's tense
 *       ({@link org.chronoquiz.timex.TenseDetector}: a pluperfect in the clause, then "since"/"until" right
 *       before the date, then the nearest verb cue, no POS tagger); "ago" counts from the
 *       DCT, while "two days later", "the next day", "the following year" count from the date the story
 *       last named (TimeML's reference time), as do "later that year", "the following month" and a bare
 *       "10 p.m."; with no such date close by, "three days later" is the length TimeBank tags.</li>
 *   <li>Ranges come out as separate timexes, one per end ("November 22" and "23", "January" and
 *       "September 2022"), each with a full value, so both ends are resolvable.</li>
 * </ol>
 *
 * <p>Extents and values follow the TimeBank / TempEval-3 annotation (checked by
 * {@code TrainingDataScoreTest} against {@code ../shared/data/timebank-train}); deliberate departures for
 * Chronoquiz: named events ("Arab Spring") are not seasons, and bare "recent"/"previously" stay untagged.
 *
 * <p>Command line: {@code java -jar target/chronoquiz.jar timex < docs.jsonl}. Speed:
 * {@code mvn -q test-compile exec:exec@bench -Dbench.args=timex} (against HeidelTime) or {@code timex-ours}.
 */
package org.chronoquiz.timex;
