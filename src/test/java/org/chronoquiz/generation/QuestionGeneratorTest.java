package org.chronoquiz.generation;

import org.chronoquiz.articles.Article;
import org.chronoquiz.timex.TimexExtractor;
import org.chronoquiz.timex.TimexType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator on small hand-written articles with hand-built timexes: one rule per test. */
class QuestionGeneratorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);
    private final QuestionGenerator generator = new QuestionGenerator(new TimexExtractor());

    private static Article article(String text, boolean stateOwned) {
        return new Article("t", "Test", "Outlet", PUBLISHED, stateOwned, text);
    }

    private static QuestionDraft only(List<QuestionDraft> drafts, String type) {
        List<QuestionDraft> of = drafts.stream().filter(d -> d.type().equals(type)).toList();
        assertEquals(1, of.size(), type + " in " + drafts);
        return of.get(0);
    }

    @Test
    void a_dated_fact_yields_when_typed_and_cloze() {
        String text = "Diplomatic relations between the USSR and Syria were established in July 1944.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("July 1944", "1944-07").list());

        QuestionDraft when = only(drafts, "when");
        assertEquals("When were diplomatic relations between the USSR and Syria established?", when.prompt());
        assertEquals("July 1944", when.answer());
        assertEquals("1944-07", when.answerValue());
        assertEquals(4, when.choices().size());
        assertTrue(when.choices().contains("July 1944"));
        int at = text.indexOf("July 1944");
        assertEquals("when-" + at + "-" + (at + 9), when.key());
        assertEquals(new SourceSpan(text, at, at + 9), when.source());

        QuestionDraft typed = only(drafts, "typed");
        assertEquals(when.prompt() + " Give the month and year.", typed.prompt());
        assertTrue(typed.choices().isEmpty());

        QuestionDraft cloze = only(drafts, "cloze");
        assertEquals("Diplomatic relations between the USSR and Syria were established in _____.", cloze.prompt());
        assertEquals("July 1944", cloze.answer());
        assertEquals("1944-07", cloze.answerValue());
        assertTrue(cloze.choices().isEmpty());
    }

    @Test
    void simple_past_becomes_did_with_the_base_form_and_the_date_phrase_goes_with_its_preposition() {
        String text = "On January 7, 2020, Putin visited Damascus for the first time.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("January 7, 2020", "2020-01-07").list());
        assertEquals("When did Putin visit Damascus for the first time?", only(drafts, "when").prompt());
        assertEquals("On _____, Putin visited Damascus for the first time.", only(drafts, "cloze").prompt());
        assertEquals("Give the day, month and year.", only(drafts, "typed").prompt().replace(only(drafts, "when").prompt() + " ", ""));
    }

    @Test
    void since_and_until_are_asked_as_such_and_a_second_clause_is_cut() {
        String text = "Since 2015, more than 63,000 soldiers have taken part in the operation and more than 100 have been"
                + " killed. The active phase of the operation lasted until December 11, 2017.";
        var drafts = generator.variants(article(text, false),
                new Timexes(text).date("2015", "2015").date("December 11, 2017", "2017-12-11").list());
        Set<String> prompts = drafts.stream().filter(d -> d.type().equals("when")).map(QuestionDraft::prompt)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Since when have more than 63,000 soldiers taken part in the operation?",
                "Until when did the active phase of the operation last?"), prompts);
    }

    @Test
    void took_place_becomes_did_take_place_and_a_trailing_while_clause_is_dropped() {
        String text = "Talks took place on Wednesday afternoon, while the presidents held a breakfast, a spokesman confirmed.";
        var drafts = generator.variants(article(text, false),
                new Timexes(text).add("Wednesday afternoon", 1, TimexType.TIME, "2023-03-15TAF", null).list());
        QuestionDraft when = only(drafts, "when");
        assertEquals("When did talks take place?", when.prompt());
        assertEquals("March 15, 2023", when.answer());
        QuestionDraft cloze = only(drafts, "cloze");
        assertEquals("March 15, 2023", cloze.answer(), "a weekday is never the answer shown: its date is");
        assertEquals("Talks took place on _____.", cloze.prompt());
    }

    @Test
    void a_leading_they_is_named_from_the_previous_sentence() {
        String text = "Diplomatic relations were established in July 1944. They are now based on the Treaty of"
                + " Friendship of October 8, 1980.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("July 1944", "1944-07").date("now", 1, "PRESENT_REF").date("October 8, 1980", "1980-10-08").list());
        var treaty = drafts.stream().filter(d -> d.source().start() == text.indexOf("October")).toList();
        assertEquals(3, treaty.size());
        for (QuestionDraft d : treaty) {
            assertTrue(d.prompt().startsWith("Diplomatic relations are now based on the Treaty of Friendship"), d.prompt());
        }
        assertEquals("Diplomatic relations are now based on the Treaty of Friendship. What is the date of that treaty?",
                only(treaty, "when").prompt());
        assertEquals("Diplomatic relations are now based on the Treaty of Friendship of _____.",
                only(treaty, "cloze").prompt());
    }

    @Test
    void a_statistic_is_blanked_not_asked_as_an_event() {
        String text = "The main exports to Syria were wheat and meslin - their share from January to September 2022"
                + " was more than 77%.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("January", "2022-01").date("September 2022", "2022-09").list());
        assertEquals(List.of("cloze"), drafts.stream().map(QuestionDraft::type).toList(), "no \"Over which months ...?\"");
        assertEquals("The main exports to Syria were wheat and meslin - their share from _____ was more than 77%.",
                only(drafts, "cloze").prompt());
        assertEquals("January to September 2022", only(drafts, "cloze").answer());
    }

    @Test
    void a_percentage_is_a_statistic_too() {
        // "Since when is the percentage change?" is no question a teacher keeps
        String text = "The percentage change is since year-end.";
        var drafts = generator.variants(new Article("x", "X", "", LocalDate.of(1989, 10, 30), false, text));
        assertEquals(List.of("cloze"), drafts.stream().map(QuestionDraft::type).toList());
    }

    @Test
    void a_pronoun_that_cannot_be_named_drops_the_fact() {
        String text = "These countries initiated the peace process in 2017.";
        assertTrue(generator.variants(article(text, false), new Timexes(text).date("2017", "2017").list()).isEmpty());
    }

    @Test
    void a_relative_clause_is_asked_about_its_own_head() {
        String text = "The crisis in Syria, which began on the wave of the Arab Spring in March 2011, has turned into a war.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("Spring", 1, "2023-SP").date("March 2011", "2011-03").list());
        assertEquals("When did the crisis in Syria begin on the wave of the Arab Spring?", only(drafts, "when").prompt());
    }

    @Test
    void the_arab_spring_is_a_name_not_a_date() {
        String text = "The crisis began on the wave of the Arab Spring.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("Spring", 1, "2023-SP").list());
        assertTrue(drafts.isEmpty(), drafts.toString());
    }

    @Test
    void vague_references_durations_and_sets_are_never_asked() {
        String text = "In recent years, Assad has visited Russia. At present, the operations are over. The operation"
                + " lasted three years. Flights leave every week. Now the talks go on.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("recent years", "PAST_REF").date("present", 1, "PRESENT_REF")
                .add("three years", 1, TimexType.DURATION, "P3Y", null)
                .add("every week", 1, TimexType.SET, "P1W", null)
                .date("Now", 1, "PRESENT_REF").list());
        assertTrue(drafts.isEmpty(), drafts.toString());
    }

    @Test
    void the_articles_own_dateline_is_not_a_fact() {
        String text = "Putin and Assad meet in Moscow. March 15, 2023\nPutin visited Damascus on January 7, 2020.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("March 15, 2023", "2023-03-15").date("January 7, 2020", "2020-01-07").list());
        assertTrue(drafts.stream().noneMatch(d -> d.answer().contains("March 15")), drafts.toString());
        assertEquals("When did Putin visit Damascus?", only(drafts, "when").prompt());
    }

    @Test
    void a_range_is_one_answer_valued_at_its_start() {
        String text = "The latest round of talks took place on November 22-23 in Astana.";
        var split = new Timexes(text).date("November 22", "2022-11-22").date("23", 1, "2022-11-23").list();
        var whole = new Timexes(text).date("November 22-23", "2022-11-22").list();
        for (var timexes : List.of(split, whole)) {
            var drafts = generator.variants(article(text, false), timexes);
            QuestionDraft when = only(drafts, "when");
            assertEquals("When did the latest round of talks take place in Astana?", when.prompt());
            assertEquals("November 22-23, 2022", when.answer());
            assertEquals("2022-11-22", when.answerValue());
            assertTrue(when.choices().stream().allMatch(c -> c.matches("[A-Z][a-z]+ \\d+-\\d+, \\d{4}")), when.choices().toString());
            assertEquals("The latest round of talks took place on _____ in Astana.", only(drafts, "cloze").prompt());
        }
    }

    @Test
    void overlapping_timexes_do_not_break_generation() {
        String text = "Putin visited Damascus on January 7, 2020.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("January 7, 2020", "2020-01-07").date("January 7", "2020-01-07").date("2020", 1, "2020").list());
        assertEquals("January 7, 2020", only(drafts, "when").answer());
    }

    @Test
    void a_title_before_a_name_gets_its_capital_in_the_question() {
        String text = "On December 6, 2017, president Putin announced the defeat of Daesh.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("December 6, 2017", "2017-12-06").list());
        assertEquals("When did President Putin announce the defeat of Daesh?", only(drafts, "when").prompt());
        assertEquals("On _____, president Putin announced the defeat of Daesh.", only(drafts, "cloze").prompt());
    }

    @Test
    void an_iso_date_is_one_day_not_a_range() {
        String text = "The agreement was signed on 2020-03-15 in Moscow.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("2020-03-15", "2020-03-15").list());
        assertEquals("March 15, 2020", only(drafts, "when").answer());
    }

    @Test
    void a_date_without_a_year_is_keyed_as_the_extractor_placed_it_by_tense() {
        String past = "The latest round of talks took place on November 22-23 in Astana.";
        assertEquals("2022-11-22", only(generator.variants(article(past, false)), "when").answerValue());
        String future = "The next round will take place on November 22.";
        assertEquals("2023-11-22", only(generator.variants(article(future, false)), "typed").answerValue());
    }

    @Test
    void the_key_is_the_extractors_value_even_where_the_generator_would_have_guessed_otherwise() {
        String text = "The latest round of talks took place on November 22-23 in Astana.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("November 22-23", "2023-11-22").list());
        assertEquals("2023-11-22", only(drafts, "when").answerValue(), "one authority decides the year");
    }

    @Test
    void a_list_sentence_gets_two_questions_and_no_choice_is_another_listed_date() {
        String text = "In recent years, Assad has visited Russia several times \u2013 in October 2015, November 2017,"
                + " May 2018, and September 2021, also talking with Putin by phone. In June 2016 he visited Russia too.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("recent years", "PAST_REF")
                .date("October 2015", "2015-10").date("November 2017", "2017-11")
                .date("May 2018", "2018-05").date("September 2021", "2021-09").date("June 2016", "2016-06").list());
        var onList = drafts.stream().filter(d -> d.source().start() < text.indexOf("In June")).toList();
        assertEquals(List.of("when", "cloze"), onList.stream().map(QuestionDraft::type).sorted(Comparator.reverseOrder()).toList());
        QuestionDraft when = only(onList, "when");
        assertEquals("November 2017", when.answer());
        assertFalse(when.prompt().toLowerCase().contains("besides"), when.prompt());
        for (String listed : List.of("October 2015", "May 2018", "September 2021", "June 2016")) {
            assertFalse(when.choices().contains(listed), listed + " is also right: " + when.choices());
        }
        assertEquals("October 2015", only(onList, "cloze").answer());
        assertTrue(only(onList, "cloze").prompt().contains("in _____, November 2017, May 2018, and September 2021"));
    }

    @Test
    void a_list_of_years_with_a_range() {
        String text = "In 2016, 2017, 2019-2020 there were free supplies of wheat to Syria.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("2016", "2016").date("2017", 1, "2017").date("2019", 1, "2019").date("2020", 1, "2020").list());
        assertEquals(2, drafts.size(), drafts.toString());
        assertEquals("2016", only(drafts, "cloze").answer());
        assertEquals("2017", only(drafts, "when").answer());
        assertFalse(only(drafts, "when").choices().contains("2019-2020"));
    }

    @Test
    void a_planned_event_is_asked_as_planned() {
        String text = "The parties agreed to hold the 20th meeting in Astana in the first half of 2023.";
        var drafts = generator.variants(article(text, false),
                new Timexes(text).date("the first half of 2023", "2023-H1").list());
        QuestionDraft when = only(drafts, "when");
        assertEquals("When were the parties to hold the 20th meeting in Astana?", when.prompt());
        assertEquals("first half of 2023", when.answer());
        assertTrue(only(drafts, "typed").prompt().endsWith("Give the half of the year and the year."));
    }

    @Test
    void a_state_owned_outlets_claims_are_attributed_in_every_prompt() {
        String text = "On January 7, 2020, Putin visited Damascus. According to the Customs Service, trade talks"
                + " began in 2021.";
        var timexes = new Timexes(text).date("January 7, 2020", "2020-01-07").date("2021", "2021").list();
        var owned = generator.variants(article(text, true), timexes);
        assertFalse(owned.isEmpty());
        for (QuestionDraft d : owned) {
            assertTrue(d.prompt().startsWith("According to the article, "), d.prompt());
        }
        assertTrue(owned.stream().anyMatch(d -> d.prompt().equals(
                "According to the article, citing the Customs Service, when did trade talks begin?")));
        var independent = generator.variants(article(text, false), timexes);
        assertTrue(independent.stream().noneMatch(d -> d.prompt().startsWith("According to the article")));
        assertTrue(independent.stream().anyMatch(d -> d.prompt().equals(
                "According to the Customs Service, when did trade talks begin?")));
    }

    @Test
    void another_date_giving_the_year_away_is_left_out_of_the_prompt() {
        String text = "In 2022, wheat was the main export - its share from January to September 2022 was 77%.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("2022", "2022").date("January", 1, "2022-01").date("September 2022", "2022-09").list());
        for (QuestionDraft d : drafts) {
            if (d.answerValue() != null) {
                assertFalse(d.prompt().contains("2022"), d.prompt());
            }
        }
        assertTrue(drafts.stream().anyMatch(d -> d.answer().equals("January to September 2022")));
    }

    @Test
    void what_happened_offers_the_articles_other_events() {
        String text = "In July 1944, relations were established. On January 7, 2020, Putin visited Damascus."
                + " In 2022, Damascus expressed support. In March 2011, the crisis began. In 2019, talks were held.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("July 1944", "1944-07")
                .date("January 7, 2020", "2020-01-07").date("2022", "2022").date("March 2011", "2011-03")
                .date("2019", "2019").list());
        QuestionDraft q = drafts.stream().filter(d -> d.key().equals("what_happened-" + text.indexOf("January") + "-"
                + (text.indexOf("January") + 15))).findFirst().orElseThrow();
        assertEquals("Which of these happened on January 7, 2020?", q.prompt());
        assertEquals("Putin visited Damascus.", q.answer());
        assertNull(q.answerValue());
        assertEquals(4, Set.copyOf(q.choices()).size());
        assertTrue(q.choices().contains(q.answer()));
    }

    @Test
    void a_timeline_is_shown_out_of_order_and_answered_in_order() {
        String text = "In 2022, Damascus expressed support. In July 1944, relations were established."
                + " In March 2011, the crisis began. On January 7, 2020, Putin visited Damascus.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("2022", "2022")
                .date("July 1944", "1944-07").date("March 2011", "2011-03").date("January 7, 2020", "2020-01-07").list());
        QuestionDraft t = only(drafts, "timeline");
        List<String> ordered = List.of("Relations were established.", "The crisis began.", "Putin visited Damascus.",
                "Damascus expressed support.");
        assertEquals(String.join("\n", ordered), t.answer());
        assertEquals("1944-07,2011-03,2020-01-07,2022", t.answerValue());
        assertEquals(Set.copyOf(ordered), Set.copyOf(t.choices()));
        assertFalse(t.choices().equals(ordered));
        assertEquals("Put these events in chronological order, earliest first.", t.prompt());
    }

    @Test
    void the_same_article_gives_the_same_questions() {
        var article = SeedArticle.article();
        var timexes = SeedArticle.timexes(article.text());
        assertEquals(generator.variants(article, timexes), new QuestionGenerator(new TimexExtractor()).variants(article, timexes));
    }

    @Test
    void an_event_named_by_its_day_is_asked_by_its_name() {
        String text = "Cuba condemned the handling of Wednesday's meeting between Elian and his grandmothers in Miami.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("Wednesday", "2023-03-08").list());
        assertEquals("When was the meeting between Elian and his grandmothers in Miami?", only(drafts, "when").prompt());
        assertEquals("March 8, 2023", only(drafts, "when").answer());
        assertTrue(drafts.stream().noneMatch(d -> d.type().equals("cloze")), "no blank inside a possessive");
        String figure = "Friday's trading volume totaled 132.8 million shares.";
        assertTrue(generator.variants(article(figure, false), new Timexes(figure).date("Friday", "2023-03-10").list()).isEmpty());
    }

    @Test
    void a_date_that_dates_the_report_asks_when_it_was_reported_and_one_that_dates_the_fact_cites_the_reporter() {
        String text = "The economy created jobs at a robust pace in January, the government reported on Friday.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("January", "2023-01").date("Friday", "2023-03-10").list());
        var prompts = drafts.stream().filter(d -> d.type().equals("when")).map(QuestionDraft::prompt).toList();
        assertTrue(prompts.contains("According to the government, when did the economy create jobs at a robust pace?"), prompts.toString());
        // the report's own day is the blank beside its verb, one flashcard, not three questions on a saying
        assertEquals(1, prompts.size(), prompts.toString());
        assertTrue(drafts.stream().anyMatch(d -> d.type().equals("cloze") && d.answerValue().equals("2023-03-10")
                && d.prompt().startsWith("The government reported on _____ that")), drafts.toString());
    }

    @Test
    void a_date_that_qualifies_a_noun_is_only_blanked() {
        String text = "A new law strengthened the 1959 trade embargo against Cuba.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("1959", "1959").list());
        assertEquals(List.of("cloze"), drafts.stream().map(QuestionDraft::type).toList());
        assertEquals("A new law strengthened the _____ trade embargo against Cuba.", drafts.get(0).prompt());
    }

    @Test
    void a_plan_gets_only_future_distractors() {
        String text = "The parties agreed to hold the next meeting in Astana in the first half of 2024.";
        var when = only(generator.variants(article(text, false), new Timexes(text).date("the first half of 2024", "2024-H1").list()), "when");
        for (String choice : when.choices()) {
            assertTrue(choice.matches(".*(2023|2024|2025|2026|2027).*") && !choice.equals("first half of 2023"), when.choices().toString());
        }
    }

    @Test
    void a_state_owned_outlets_contested_terms_are_quoted_everywhere() {
        String text = "In 2022, Damascus expressed full support for the Russian special military operation in Ukraine.";
        var drafts = generator.variants(article(text, true), new Timexes(text).date("2022", "2022").list());
        assertFalse(drafts.isEmpty());
        for (QuestionDraft d : drafts) {
            assertTrue(d.prompt().contains("\u201cspecial military operation\u201d"), d.prompt());
        }
        var independent = generator.variants(article(text, false), new Timexes(text).date("2022", "2022").list());
        assertTrue(independent.stream().noneMatch(d -> d.prompt().contains("\u201c")));
    }

    @Test
    void a_sentence_with_three_dated_phrases_gets_two_blanks() {
        String text = "The alliance added Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("1952", "1952").date("1955", "1955").date("1982", "1982").list());
        assertEquals(List.of("cloze", "cloze"), drafts.stream().map(QuestionDraft::type).toList());
        assertEquals(List.of("1952", "1955"), drafts.stream().map(QuestionDraft::answer).toList());
    }

    @Test
    void a_date_inside_a_noun_phrase_is_blanked_where_it_stands_and_a_weekday_adjective_is_not_asked() {
        String text = "Two Libyans were charged in the Dec. 21, 1988, bombing of Pan Am Flight 103 over Scotland.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("Dec. 21, 1988", "1988-12-21").list());
        assertEquals("Two Libyans were charged in the _____ bombing of Pan Am Flight 103 over Scotland.",
                only(drafts, "cloze").prompt());
        assertTrue(drafts.stream().noneMatch(d -> d.type().equals("when")), "the bombing, not the charge, has that date");
        String mass = "In his Sunday Mass at St. Patrick's Cathedral, the cardinal called the murder wrong.";
        assertTrue(generator.variants(article(mass, false), new Timexes(mass).date("Sunday", "2023-03-12").list()).isEmpty());
    }

    @Test
    void a_listed_date_is_asked_as_one_of_these() {
        String text = "Assad has visited Russia several times \u2013 in October 2015, November 2017, May 2018, and September 2021.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("October 2015", "2015-10")
                .date("November 2017", "2017-11").date("May 2018", "2018-05").date("September 2021", "2021-09").list());
        assertEquals("In which of these months has Assad visited Russia?", only(drafts, "when").prompt());
    }

    @Test
    void a_quotation_dated_by_its_reporting_verb_is_a_blank_in_the_sentence_as_written() {
        // the date is the saying's; a "When did Adams say ...?" would have to reword his words, so only a blank
        String text = "``We were pushed out of the talks but we are back,'' Adams said Sunday.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("Sunday", "2023-03-12").list());
        assertEquals(List.of("cloze"), drafts.stream().map(QuestionDraft::type).toList());
        assertEquals("\u201cWe were pushed out of the talks but we are back,\u201d Adams said on _____.",
                drafts.get(0).prompt());
        assertEquals("March 12, 2023", drafts.get(0).answer());
        String letter = "\u201cI formally object to the legal moves,\u201d Gonzalez said in the letter, dated Monday.";
        var dated = generator.variants(article(letter, false), new Timexes(letter).date("Monday", "2023-03-13").list());
        assertEquals("\u201cI formally object to the legal moves,\u201d Gonzalez said in the letter, dated _____.",
                only(dated, "cloze").prompt());
    }

    @Test
    void the_speaker_after_a_quotation_is_the_subject_of_the_relative_clause_that_dates_them() {
        String text = "``It will be a second betrayal,'' said Josefa Gonzalez, who left Cuba in 1962 when she was 4.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("1962", "1962").list());
        assertEquals("When did Josefa Gonzalez leave Cuba?", only(drafts, "when").prompt());
        String unquoted = "``I haven't seen a pattern yet, '' said the prosecutor.";
        assertTrue(generator.variants(article(unquoted, false), List.of()).isEmpty());
    }

    @Test
    void a_wire_dash_ends_a_clause_and_an_aside_between_two_is_left_out() {
        String sea = "Last year, Russian officials assailed Ukraine for holding naval exercises in the Black Sea _ an area"
                + " Moscow considers its own turf.";
        var drafts = generator.variants(article(sea, false), new Timexes(sea).date("Last year", "2022").list());
        assertEquals("When did Russian officials assail Ukraine for holding naval exercises in the Black Sea?",
                only(drafts, "when").prompt());
        String left = "U.S. diplomats _ embassy staff and their families _ left Pakistan on Tuesday on orders from"
                + " Washington.";
        var aside = generator.variants(article(left, false), new Timexes(left).date("Tuesday", "2023-03-14").list());
        assertEquals("When did U.S. diplomats leave Pakistan on orders from Washington?", only(aside, "when").prompt());
    }

    @Test
    void a_cut_that_loses_its_subject_or_speaks_in_the_first_person_is_not_asked() {
        String car = "His car was spotted near the house in the weeks before the shooting, and was found abandoned at the"
                + " airport in December.";
        assertTrue(generator.variants(article(car, false), new Timexes(car).date("December", "2022-12").list()).isEmpty());
        String man = "The man who threw a grenade seconds before the bomb exploded was identified on Thursday as a suspect.";
        // no question is cut from it; only the sentence as written is blanked
        assertTrue(generator.variants(article(man, false), new Timexes(man).date("Thursday", "2023-03-09").list()).stream()
                .noneMatch(d -> !d.type().equals("cloze") && d.prompt().contains("explode")
                        || d.prompt().contains("explode was")));
        String pleased = "I was pleased that the lawyers stated on Monday that she is not aware of any misconduct.";
        assertTrue(generator.variants(article(pleased, false), new Timexes(pleased).date("Monday", "2023-03-13").list()).isEmpty());
    }

    @Test
    void the_person_a_who_clause_dates_is_the_name_before_it() {
        String text = "He succeeds James A. Taylor, who stepped down as chairman in March for health reasons.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("March", "2023-03").list());
        assertEquals("When did James A. Taylor step down as chairman for health reasons?", only(drafts, "when").prompt());
        String council = "He said the group would be met by Joan Campbell of the National Council of Churches, who traveled"
                + " to Havana on Wednesday.";
        assertTrue(generator.variants(article(council, false), new Timexes(council).date("Wednesday", "2023-03-15").list())
                .stream().noneMatch(d -> d.prompt().startsWith("When did Churches")));
    }

    @Test
    void a_date_inside_what_a_speaker_said_lies_ahead_is_asked_about_that_not_about_the_saying() {
        // the rights terminate on Nov. 30; the concern said so on some other day
        String text = "The insurance concern said all conversion rights on the stock will terminate on November 30.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("November 30", "2023-11-30").list());
        assertEquals("According to the insurance concern, when will all conversion rights on the stock terminate?",
                only(drafts, "when").prompt());
        assertTrue(drafts.stream().noneMatch(d -> d.type().equals("what_happened")), "the saying did not happen then");
        // the saying's own date stays the saying's
        String said = "The authority said on Friday that tolls would return.";
        var saying = generator.variants(article(said, false), new Timexes(said).date("Friday", "2023-03-10").list());
        assertEquals(List.of("cloze"), saying.stream().map(QuestionDraft::type).toList(), "a saying's day is worth a blank only");
        assertEquals("The authority said on _____ that tolls would return.", saying.get(0).prompt());
    }

    @Test
    void a_quarter_written_as_an_adjective_is_blanked_where_it_stands() {
        String text = "The company said it expects to release third-quarter results in mid-November.";
        var drafts = generator.variants(article(text, false), new Timexes(text)
                .date("third-quarter", "2023-Q3").list());
        assertEquals(List.of("cloze"), drafts.stream().map(QuestionDraft::type).toList());
        assertEquals("The company said it expects to release _____ results in mid-November.", drafts.get(0).prompt());
    }

    @Test
    void an_and_inside_a_that_clause_before_its_verb_joins_nouns_and_is_not_cut() {
        String text = "Louis Freeh said Friday that the air raid on Afghanistan and Sudan is not linked with the probe.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("Friday", "2023-03-10").list());
        assertEquals("When did Louis Freeh say that the air raid on Afghanistan and Sudan is not linked with the probe?",
                only(drafts, "when").prompt(), "a named person's statement is a question; a paper's or the police's only a blank");
    }

    @Test
    void a_sentence_with_no_clean_clause_to_ask_from_still_gets_its_blank_as_written() {
        String text = "Earlier this month, Acme Bank, which is among the largest banks in Texas, completed the"
                + " acquisition of a local rival.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("Earlier this month", "2023-03").list());
        assertEquals(List.of("cloze"), drafts.stream().map(QuestionDraft::type).toList(), drafts.toString());
        assertEquals("In _____, Acme Bank, which is among the largest banks in Texas, completed the acquisition of a"
                + " local rival.", drafts.get(0).prompt());
        assertEquals("March 2023", drafts.get(0).answer());
        assertEquals("2023-03", drafts.get(0).answerValue());
    }

    @Test
    void a_sentence_as_written_is_not_blanked_when_it_leans_on_another_for_who_or_whose_words() {
        String it = "On Tuesday it closed at 12 euros a share, up 5%, in heavy trading on the Paris bourse.";
        assertTrue(generator.variants(article(it, false), new Timexes(it).date("Tuesday", "2023-03-14").list()).isEmpty());
        String he = "Although he expressed confidence in the plan, he estimated that the company would not be profitable"
                + " until 2026 or later.";
        assertTrue(generator.variants(article(he, false), new Timexes(he).date("2026", "2026").list()).isEmpty());
        String listing = "Acme Corp. -- $100 million of senior notes due Nov. 1, 2029, priced at par to yield 9%.";
        assertTrue(generator.variants(article(listing, false), new Timexes(listing).date("Nov. 1, 2029", "2029-11-01").list())
                .isEmpty());
    }

    @Test
    void a_blank_after_compared_with_takes_no_second_preposition() {
        String text = "The unit's costs rose 4%, compared with a year earlier, because of higher energy prices.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("a year earlier", "2022").list());
        assertTrue(drafts.stream().filter(d -> d.type().equals("cloze")).allMatch(d -> d.prompt().contains("compared with _____")),
                drafts.toString());
        assertTrue(drafts.stream().noneMatch(d -> d.prompt().contains("with in")), drafts.toString());
    }

    @Test
    void a_period_named_by_the_day_it_ended_keeps_its_name_and_is_no_reporters_clause() {
        String year = "For the year ended Sept. 30, Acme earned $42 million, up 8.9% from $38 million.";
        var drafts = generator.variants(article(year, false), new Timexes(year)
                .add("the year", 1, TimexType.DURATION, "P1Y", null).date("Sept. 30", "2022-09-30").list());
        assertEquals("For the year ended on _____, Acme earned $42 million, up 8.9% from $38 million.",
                only(drafts, "cloze").prompt());
        String fiscal = "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.";
        var reported = generator.variants(article(fiscal, false), new Timexes(fiscal)
                .add("the fiscal year", 1, TimexType.DURATION, "P1Y", null).date("Jan. 31", "2023-01-31").list());
        assertTrue(reported.stream().noneMatch(d -> d.prompt().startsWith("According to the company")), reported.toString());
        assertEquals("In the fiscal year ended on _____, the company reported sales of $59.5 million.",
                only(reported, "cloze").prompt());
    }

    @Test
    void a_date_a_named_speaker_names_inside_a_quotation_is_blanked_in_the_sentence_as_written() {
        String text = "``We were pushed out of the talks in January but we are back,'' Smith said.";
        var drafts = generator.variants(article(text, false), new Timexes(text).date("January", "2023-01").list());
        assertEquals(List.of("cloze"), drafts.stream().map(QuestionDraft::type).toList(), drafts.toString());
        assertEquals("\u201cWe were pushed out of the talks in _____ but we are back,\u201d Smith said.", drafts.get(0).prompt());
        String that = "The company said that \"after these charges, the group expects record earnings in 2024.\"";
        assertEquals("The company said that \"after these charges, the group expects record earnings in _____.\"",
                only(generator.variants(article(that, false), new Timexes(that).date("2024", "2024").list()), "cloze").prompt());
        // not a speaker named only by a pronoun, nor words that point at the date ("this summer") and would be reworded
        String he = "``Sales will recover in 2024,'' he said.";
        assertTrue(generator.variants(article(he, false), new Timexes(he).date("2024", "2024").list()).isEmpty());
        String summer = "``We will not be left on our own this summer,'' said Jane Smith, a local organiser.";
        assertTrue(generator.variants(article(summer, false), new Timexes(summer).date("this summer", "2023-SU").list())
                .isEmpty());
    }

    @Test
    void a_typed_question_on_the_lead_cites_the_dateline_that_writes_its_day() {
        // the article says "Friday"; its wire dateline writes the day, so the typed question points there
        String text = "\n\nHAVANA, August 7 (Xinhua) --\n\nThe Cuban government Friday condemned the two bomb explosions"
                + " near U.S. embassies in Kenya and Tanzania.\n";
        var drafts = generator.variants(new Article("x", "X", "Xinhua", LocalDate.of(1998, 8, 7), false, text));
        int dateline = text.indexOf("August 7");
        int friday = text.indexOf("Friday");
        QuestionDraft typed = only(drafts, "typed");
        assertEquals("1998-08-07", typed.answerValue());
        assertEquals(dateline, typed.source().start());
        assertEquals(dateline + "August 7".length(), typed.source().end());
        assertTrue(typed.source().note().contains("dateline"), typed.source().note());
        assertEquals(friday, only(drafts, "when").source().start());
        assertEquals(friday, only(drafts, "cloze").source().start());
    }

    @Test
    void a_dateline_of_another_day_is_not_cited() {
        String text = "\n\nHAVANA, August 8 (Xinhua) --\n\nThe Cuban government Friday condemned the two bomb explosions"
                + " near U.S. embassies in Kenya and Tanzania.\n";
        var drafts = generator.variants(new Article("x", "X", "Xinhua", LocalDate.of(1998, 8, 8), false, text));
        assertEquals(text.indexOf("Friday"), only(drafts, "typed").source().start());
    }

    @Test
    void a_date_hedged_with_about_has_no_exact_answer_to_ask() {
        String text = "About two years ago, the Journal listed the money fund among the ten great events in finance.";
        var drafts = generator.variants(new Article("x", "X", "", LocalDate.of(1989, 11, 1), false, text));
        assertTrue(drafts.stream().noneMatch(d -> d.answerValue() != null), drafts.toString());
    }
}
