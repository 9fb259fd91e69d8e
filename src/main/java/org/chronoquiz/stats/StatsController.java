package org.chronoquiz.stats;

import io.javalin.http.Context;
import org.chronoquiz.flashcards.Flashcards;
import org.chronoquiz.quizzes.QuizService;
import org.chronoquiz.web.CurrentUser;
import org.chronoquiz.web.Pages;

import java.util.Map;

/** The learner's progress: quiz score history (table and chart) and today's reviews. */
public final class StatsController {
    private final QuizService quizzes;
    private final Flashcards flashcards;
    private final Pages pages;

    public StatsController(QuizService quizzes, Flashcards flashcards, Pages pages) {
        this.quizzes = quizzes;
        this.flashcards = flashcards;
        this.pages = pages;
    }

    public void show(Context ctx) {
        var user = CurrentUser.require(ctx);
        var history = quizzes.history(user);
        Map<String, Object> model = pages.model(ctx);
        model.put("quizzes", history);
        model.put("chart", ScoreChart.of(history));
        model.put("due", flashcards.dueCount(user, 0));
        model.put("reviewedToday", flashcards.reviewedToday(user));
        ctx.render("stats/stats.peb", model);
    }
}
