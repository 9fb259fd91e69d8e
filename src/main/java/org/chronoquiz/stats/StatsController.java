package org.chronoquiz.stats;

import io.javalin.http.Context;
import org.chronoquiz.flashcards.Flashcards;
import org.chronoquiz.quizzes.QuizService;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.accounts.Pages;

import java.util.Map;

/**
 * The learner's progress: reviews per day, streak, true retention, due forecast, stability, and quiz scores.
 * Charts are SVG drawn on the server from geometry computed in Java, so the page needs no script.
 */
public final class StatsController {
    private final QuizService quizzes;
    private final Flashcards flashcards;
    private final Pages pages;
    private final Statistics statistics;

    public StatsController(QuizService quizzes, Flashcards flashcards, Statistics statistics, Pages pages) {
        this.quizzes = quizzes;
        this.flashcards = flashcards;
        this.pages = pages;
        this.statistics = statistics;
    }

    public void show(Context ctx) {
        var user = CurrentUser.require(ctx);
        var history = quizzes.history(user);
        Map<String, Object> model = pages.model(ctx);
        model.put("quizzes", history);
        model.put("chart", ScoreChart.of(history));
        model.put("due", flashcards.dueCount(user, 0));
        model.put("reviewedToday", flashcards.reviewedToday(user));
        model.put("charts", statistics.charts(user));
        ctx.render("stats/stats.peb", model);
    }
}
