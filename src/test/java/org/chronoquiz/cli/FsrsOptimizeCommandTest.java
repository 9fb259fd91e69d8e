package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronoquiz.scheduling.CardHistory;
import org.chronoquiz.scheduling.ReviewLog;
import org.chronoquiz.scheduling.SyntheticHistories;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.chronoquiz.cli.FsrsCli.card;
import static org.chronoquiz.cli.FsrsCli.review;
import static org.chronoquiz.cli.FsrsCli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FsrsOptimizeCommandTest {
    static String jsonLines(List<CardHistory> histories) {
        StringBuilder out = new StringBuilder();
        int id = 0;
        for (CardHistory h : histories) {
            List<String> reviews = new ArrayList<>();
            for (ReviewLog r : h.reviews()) {
                reviews.add(review(r.at().toString(), r.rating().value()));
            }
            out.append(card("c" + id++, "", reviews)).append('\n');
        }
        return out.toString();
    }

    @Test
    void prints_the_fit_as_one_json_object() {
        var r = run(jsonLines(SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, 100, 6, 9)), "optimize");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(1, r.lines().size());
        JsonNode fit = r.line(0);
        List<String> names = new ArrayList<>();
        fit.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("reviews", "weights", "log_loss_before", "log_loss_after", "rmse_before", "rmse_after",
                "kept_defaults", "reason"), names);
        assertEquals(600, fit.get("reviews").asInt());
        assertEquals(21, fit.get("weights").size());
        assertFalse(fit.get("kept_defaults").asBoolean(), fit.get("reason").asText());
        assertTrue(fit.get("log_loss_after").asDouble() < fit.get("log_loss_before").asDouble());
    }

    @Test
    void too_few_reviews_keep_the_defaults_and_bad_lines_go_to_stderr() {
        var r = run(jsonLines(SyntheticHistories.generate(SyntheticHistories.TRUE_WEIGHTS, 10, 5, 9)) + "oops\n",
                "optimize");
        assertEquals(1, r.exitCode());
        JsonNode fit = r.line(0);
        assertTrue(fit.get("kept_defaults").asBoolean());
        assertEquals(50, fit.get("reviews").asInt());
        assertEquals(0.212, fit.get("weights").get(0).asDouble());
        assertTrue(fit.get("reason").asText().contains("400"));
        JsonNode error = FsrsCli.parse(r.stderr()).get(0);
        assertEquals(11, error.get("line").asInt());
    }
}
