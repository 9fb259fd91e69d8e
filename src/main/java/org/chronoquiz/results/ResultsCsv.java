package org.chronoquiz.results;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results tables as CSV downloads (RFC 4180, a header row), each column as the page shows it. */
final class ResultsCsv {
    static final List<String> ITEMS = List.of("question_id", "type", "prompt", "status", "attempts", "facility",
            "standard_deviation", "discrimination_index", "discriminative_efficiency", "flagged", "flag_reason",
            "most_given_wrong_answers");
    static final List<String> CARDS = List.of("question_id", "prompt", "learners", "review_phase_reviews",
            "true_retention", "mean_difficulty");
    static final List<String> LEARNERS = List.of("email", "deck", "quizzes_finished", "mean_score", "cards_started",
            "reviews");

    String items(List<ItemReport> items) {
        return write(ITEMS, items.stream().map(r -> List.<Object>of(r.question().id(), r.question().type(),
                r.question().prompt(), r.question().status().code(), r.stats().attempts(), number(r.stats().facility()),
                number(r.stats().deviation()), number(r.stats().discrimination()), number(r.stats().efficiency()),
                r.stats().flagged(), r.stats().flagReason(), wrong(r))).toList());
    }

    String cards(List<ItemReport> items) {
        return write(CARDS, items.stream().filter(r -> r.cardLearners() > 0).map(r -> List.<Object>of(r.question().id(),
                r.question().prompt(), r.cardLearners(), r.cardReviews(), number(r.retention()),
                number(r.difficulty()))).toList());
    }

    String learners(List<ResultsDao.LearnerRow> rows) {
        return write(LEARNERS, rows.stream().map(r -> List.<Object>of(r.email(), r.deckTitle(), r.quizzes(),
                r.meanScore() == null ? "" : number(100 * r.meanScore()), r.cardsStarted(), r.reviews())).toList());
    }

    private static String wrong(ItemReport r) {
        List<String> parts = new ArrayList<>();
        r.wrongAnswers().forEach(w -> parts.add(w.given() + " (" + w.learners() + ")"));
        return String.join("; ", parts);
    }

    private static String number(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
    }

    /**
     * A cell a spreadsheet would run as a formula ("=HYPERLINK(...)" typed by a learner as a wrong answer) starts
     * with an apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection); numbers, negative
     * ones included, stay numbers.
     */
    private static Object inert(Object cell) {
        if (!(cell instanceof String s) || s.isEmpty() || NUMBER.matcher(s).matches()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(ResultsCsv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
