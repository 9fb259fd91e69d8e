package org.chronoquiz.timex;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The dated facts of the seed article (Sputnik, 2023-03-15) that the question generator builds on. */
class SeedArticleTest {

    private static final LocalDate DCT = LocalDate.of(2023, 3, 15);
    private static String text;
    private static List<Timex> timexes;

    @BeforeAll
    static void extract() throws IOException {
        text = Files.readString(Path.of("seeds/000_2ee458c0465a5763.txt"));
        timexes = new TimexExtractor().extract(text, DCT);
    }

    /** The timex whose text is {@code expression}, found where {@code context} (unique in the article) is. */
    private static Optional<Timex> find(String context, String expression) {
        int at = text.indexOf(context);
        assertTrue(at >= 0, "article lacks: " + context);
        assertEquals(-1, text.indexOf(context, at + 1), "context not unique: " + context);
        int start = text.indexOf(expression, at);
        return timexes.stream().filter(t -> t.start() == start && t.end() == start + expression.length()).findFirst();
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "talks took place on Wednesday afternoon|Wednesday afternoon|2023-03-15TAF",
        "Wednesday morning|Wednesday morning|2023-03-15",
        "March 15, 2023|March 15, 2023|2023-03-15",
        "July 1944|July 1944|1944-07",
        "October 8, 1980|October 8, 1980|1980-10-08",
        "March 2011|March 2011|2011-03",
        "September 30, 2015|September 30, 2015|2015-09-30",
        "December 6, 2017|December 6, 2017|2017-12-06",
        "lasted until December 11, 2017|December 11, 2017|2017-12-11",
        "Since 2015|2015|2015",
        "January 7, 2020|January 7, 2020|2020-01-07",
        "In 2022, Damascus|2022|2022",
        "the first half of 2023|the first half of 2023|2023-H1",
        "Syria in 2021|2021|2021",
        "In January 2023|January 2023|2023-01",
        "In November 2019|November 2019|2019-11",
        "in March 2022|March 2022|2022-03",
        "They are now based|now|PRESENT_REF",
        "At present|present|PRESENT_REF",
    })
    void dated_facts_are_found_with_their_values(String context, String expression, String value) {
        Timex t = find(context, expression).orElseThrow(() -> new AssertionError("not found: " + expression));
        assertEquals(value, t.value(), expression);
    }

    @Test
    void november_range_after_past_tense_resolves_both_days_to_the_previous_year() {
        int at = text.indexOf("November 22-23");
        List<String> values = timexes.stream().filter(t -> t.start() >= at && t.end() <= at + 14)
            .map(Timex::value).toList();
        assertEquals(List.of("2022-11-22", "2022-11-23"), values);
    }

    @Test
    void month_list_gives_one_timex_per_month() {
        int at = text.indexOf("in October 2015");
        List<String> values = timexes.stream().filter(t -> t.start() >= at && t.end() <= at + 63)
            .map(Timex::value).toList();
        assertEquals(List.of("2015-10", "2017-11", "2018-05", "2021-09"), values);
    }

    @Test
    void month_range_borrows_the_year_of_its_end() {
        int at = text.indexOf("from January to September 2022");
        List<String> values = timexes.stream().filter(t -> t.start() >= at && t.end() <= at + 31)
            .map(Timex::value).toList();
        assertEquals(List.of("2022-01", "2022-09"), values);
    }

    @Test
    void year_list_with_a_range_gives_each_year() {
        int at = text.indexOf("In 2016, 2017, 2019-2020");
        List<String> values = timexes.stream().filter(t -> t.start() >= at && t.end() <= at + 24)
            .map(Timex::value).toList();
        assertEquals(List.of("2016", "2017", "2019", "2020"), values);
    }

    @Test
    void early_month_carries_mod_start() {
        Timex t = find("early October 2019", "early October 2019").orElseThrow();
        assertEquals("2019-10", t.value());
        assertEquals("START", t.mod());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Spring", "19th", "20th", "Su-24", "606", "63,000", "100 have", "indefinitely"})
    void names_ordinals_and_quantities_are_not_dates(String fragment) {
        int at = text.indexOf(fragment);
        assertTrue(at >= 0, fragment);
        for (Timex t : timexes) {
            if (t.start() < at + fragment.length() && at < t.end()) {
                fail("tagged " + t + " inside '" + fragment + "'");
            }
        }
    }

    @Test
    void offsets_match_the_text() {
        for (Timex t : timexes) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
        }
    }
}
