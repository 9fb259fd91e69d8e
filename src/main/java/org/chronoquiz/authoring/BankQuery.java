package org.chronoquiz.authoring;

import org.chronoquiz.questions.QuestionStatus;
import org.chronoquiz.questions.QuestionType;
import org.chronoquiz.support.InvalidInput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the instructor is looking at in the question bank: a deck, filters (empty = any) and a page.
 * Read from the query string, each part bounded and checked before it reaches SQL.
 */
public record BankQuery(long deckId, String type, String status, String text, String tag, int page) {
    public static final int PAGE_SIZE = 50;
    private static final int MAX_PAGE = 10_000;

    public static BankQuery read(Function<String, String> param, long defaultDeck) {
        long deck = number(param.apply("deck"), "deck", defaultDeck, Long.MAX_VALUE);
        String type = blank(param.apply("type"));
        if (!type.isEmpty() && QuestionType.of(type).isEmpty()) {
            throw new InvalidInput("type", "There is no question type '" + type + "'.");
        }
        String status = blank(param.apply("status"));
        if (!status.isEmpty() && QuestionStatus.of(status).isEmpty()) {
            throw new InvalidInput("status", "Status is draft, active or retired.");
        }
        String text = blank(param.apply("q"));
        if (text.length() > 200) {
            throw new InvalidInput("q", "Search for at most 200 characters.");
        }
        String tag = blank(param.apply("tag"));
        if (tag.length() > 40) {
            throw new InvalidInput("tag", "A tag has at most 40 characters.");
        }
        int page = (int) number(param.apply("page"), "page", 1, MAX_PAGE);
        return new BankQuery(deck, type, status, text, tag, page);
    }

    /** The text search as a LIKE pattern: the typed words literally, anywhere in the prompt or answer. */
    public String like() {
        return text.isEmpty() ? "" : "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /** This query's address, for links back to the same place (after an edit, between pages). */
    public String path(int atPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("deck", Long.toString(deckId));
        params.put("type", type);
        params.put("status", status);
        params.put("q", text);
        params.put("tag", tag);
        params.put("page", atPage == 1 ? "" : Integer.toString(atPage));
        return "/instructor?" + params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String path() {
        return path(page);
    }

    private static String blank(String s) {
        return s == null ? "" : s.trim();
    }

    private static long number(String s, String field, long fallback, long max) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(s.trim());
            if (n < 1 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "'" + s + "' is not a valid " + field + ".");
        }
    }
}
