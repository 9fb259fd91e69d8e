package org.chronoquiz.generation;

import org.chronoquiz.articles.Article;
import org.chronoquiz.timex.TimexExtractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a teacher's review of unseen stories asked for: one question per fact, and a question of its own only for a
 * fact worth learning, while every date still gets at least its blank. Sentences of our own, through the extractor.
 */
class OneQuestionTest {
    private static final LocalDate PUBLISHED = LocalDate.of(1989, 10, 30);
    private static final String FILLER = "The talks were described as frank. Both sides expect more meetings. "
            + "Observers were cautious. ";
    private final QuestionGenerator generator = new QuestionGenerator(new TimexExtractor());

    private List<QuestionDraft> generate(String text) {
        return generator.generate(new Article("t", "Test", "Wire", PUBLISHED, false, text));
    }

    private static List<String> types(List<QuestionDraft> drafts) {
        return drafts.stream().map(QuestionDraft::type).toList();
    }

    @Test
    void a_day_is_asked_as_multiple_choice_and_a_month_or_year_is_typed_once() {
        var day = generate("Miners returned to work in Silesia on Oct. 12, 1989.");
        assertEquals(List.of("when"), types(day));
        assertEquals("When did miners return to work in Silesia?", day.get(0).prompt());
        var month = generate("Miners returned to work in Silesia in March 1989.");
        assertEquals(List.of("typed"), types(month));
        assertEquals("When did miners return to work in Silesia? Give the month and year.", month.get(0).prompt());
        var year = generate("The canal was opened to ships in 1914.");
        assertEquals(List.of("typed"), types(year));
    }

    @Test
    void the_variants_are_still_there_to_choose_from() {
        var article = new Article("t", "Test", "Wire", PUBLISHED, false, "Miners returned to work in Silesia on Oct. 12, 1989.");
        assertEquals(List.of("when", "typed", "cloze"), types(generator.variants(article)));
    }

    @Test
    void earnings_periods_stock_closes_and_a_second_story_keep_only_their_blank() {
        var earnings = generate("Aetna's third-quarter net income fell 22% to $182.6 million.");
        assertTrue(types(earnings).stream().allMatch("cloze"::equals), earnings.toString());
        var close = generate(FILLER + "In composite trading on the exchange Friday, Aetna closed at $60, down 50 cents.");
        assertEquals(List.of("cloze"), types(close), close.toString());
        var separately = generate(FILLER + "Separately, Norton sold its stake in the venture in August 1989.");
        assertEquals(List.of("cloze"), types(separately), separately.toString());
        var base = generate(FILLER + "The jobless rate for adult men declined to 3.8 percent from 4.1 percent in December 1988.");
        assertEquals(List.of("cloze"), types(base), base.toString());
    }

    @Test
    void a_state_keeps_only_its_blank_and_a_passive_event_is_asked() {
        var state = generate("In 1988, the main exports of the country were wheat and rye.");
        assertEquals(List.of("cloze"), types(state), state.toString());
        var passive = generate("Diplomatic relations between the two states were established in July 1944.");
        assertEquals(List.of("typed"), types(passive), passive.toString());
    }

    @Test
    void a_statement_after_the_lead_keeps_only_its_blank_but_the_lead_keeps_its_question() {
        var late = generate(FILLER + "The minister said on Oct. 12, 1989, that the mines would reopen.");
        assertEquals(List.of("cloze"), types(late), late.toString());
        var lead = generate("The minister said on Oct. 12, 1989, that the mines would reopen. " + FILLER);
        assertEquals(List.of("when"), types(lead), lead.toString());
    }

    @Test
    void an_event_of_the_world_after_the_lead_is_still_asked() {
        var drafts = generate(FILLER + "Miners returned to work in Silesia on Oct. 12, 1989.");
        assertEquals(List.of("when"), types(drafts), drafts.toString());
        // "add" is no saying here
        var jobs = generate(FILLER + "The construction industry added 92,000 jobs in September 1989.");
        assertEquals(List.of("typed"), types(jobs), jobs.toString());
    }

    @Test
    void the_headline_event_under_a_dateline_is_also_typed_from_the_dateline() {
        String text = "WARSAW, Oct. 28 (AP) --\n\nMiners returned to work in Silesia Saturday.";
        var drafts = generate(text);
        assertEquals(java.util.Set.of("when", "typed"), java.util.Set.copyOf(types(drafts)), drafts.toString());
        assertEquals(2, drafts.size(), drafts.toString());
        QuestionDraft typed = drafts.stream().filter(d -> d.type().equals("typed")).findFirst().orElseThrow();
        assertEquals("Oct. 28", text.substring(typed.source().start(), typed.source().end()), "the typed one cites the dateline");
    }

    @Test
    void a_clause_moved_behind_its_source_loses_the_capital_of_its_opening_word() {
        var drafts = generate(FILLER + "As of Sept. 30, the bank had assets of $511 million, Security Pacific said.");
        assertEquals(List.of("cloze"), types(drafts), drafts.toString());
        assertEquals("According to Security Pacific, as of _____, the bank had assets of $511 million.",
                drafts.get(0).prompt());
    }

    @Test
    void a_question_leaves_out_the_other_dates_of_its_sentence_which_are_asked_on_their_own() {
        var drafts = generate(FILLER + "The ministry on Sunday issued a new warning to travelers in the aftermath of the"
                + " Aug. 7 bombings at the embassies.");
        assertEquals(2, drafts.size(), drafts.toString());
        for (QuestionDraft d : drafts) {
            String other = d.answer().startsWith("August 7") ? "Sunday" : "Aug. 7";
            assertTrue(!d.prompt().contains(other), d.prompt());
        }
        // a date that completes the words before it stays: "lower than." and "ended." are no English
        var than = generate(FILLER + "In the 1989 period, interest expense and tax rates were lower than a year ago.");
        assertTrue(than.stream().noneMatch(d -> d.prompt().matches(".*\\b(than|ended)\\W*$")), than.toString());
        var ended = generate(FILLER + "The thrift had a loss of $92.2 million for the quarter ended Sept. 30, 1989.");
        assertTrue(ended.stream().noneMatch(d -> d.prompt().matches(".*\\b(than|ended)\\W*$")), ended.toString());
        // one end of "for X and for Y" cannot go without leaving "and for" behind, so it stays
        var joined = generate(FILLER + "The new strategy will mean lower earnings for the last half of 1989 and for 1990.");
        assertTrue(joined.stream().noneMatch(d -> d.prompt().matches(".*\\band for\\W*$")), joined.toString());
    }

    @Test
    void the_company_is_named_when_the_lead_names_the_only_company_of_the_story() {
        String lead = "Upjohn Co. said its third-quarter net income rose 12% on higher sales of its drugs. ";
        var named = generate(lead + FILLER + "The company adopted a shareholder-rights plan in June 1989.");
        assertTrue(named.stream().anyMatch(d -> d.prompt().startsWith("When did Upjohn Co. adopt a shareholder-rights plan")),
                named.toString());
        var the = generate("The Upjohn Co. said its third-quarter net income rose 12% on higher sales of its drugs. " + FILLER
                + "The company adopted a shareholder-rights plan in June 1989.");
        assertTrue(the.stream().anyMatch(d -> d.prompt().startsWith("When did the Upjohn Co. adopt")), the.toString());
        // a second company makes "the company" a guess, and a wrong name teaches a falsehood
        var two = generate(lead + "Pfizer Inc. declined to comment on the results. " + FILLER
                + "The company adopted a shareholder-rights plan in June 1989.");
        assertTrue(two.stream().noneMatch(d -> d.prompt().contains("Upjohn Co. adopt") || d.prompt().contains("Pfizer Inc. adopt")),
                two.toString());
        // described by its home town, it is named wherever it stands
        var town = generate(lead + FILLER + "An analyst said he expected the Kalamazoo, Mich., company to earn $1 a share "
                + "in the fourth quarter.");
        assertTrue(town.stream().anyMatch(d -> d.prompt().contains("expected Upjohn Co. to earn")), town.toString());
        assertTrue(town.stream().noneMatch(d -> d.prompt().contains("Kalamazoo")), town.toString());
        var opening = generate(lead + FILLER + "The Kalamazoo, Mich., company earned $1 a share in the fourth quarter of 1988.");
        assertTrue(opening.stream().anyMatch(d -> d.prompt().startsWith("Upjohn Co. earned")), opening.toString());
        var maker = generate(lead + FILLER + "The Kalamazoo, Mich., maker of drugs earned $1 a share in the fourth quarter of 1988.");
        assertTrue(maker.stream().noneMatch(d -> d.prompt().contains("Upjohn Co. of drugs")), maker.toString());
    }
}
