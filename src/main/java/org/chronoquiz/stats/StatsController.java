package org.chronoquiz.stats;

import io.javalin.http.Context;
import org.chronoquiz.flashcards.Flashcards;
import org.chronoquiz.flashcards.LearnerScheduling;
import org.chronoquiz.quizzes.QuizService;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.accounts.Pages;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Map;

/**
 * The learner's progress: reviews per day, streak, true retention, due forecast, stability, and quiz scores.
 * Charts are SVG drawn on the server from geometry computed in Java, so the page needs no script.
 */
public final class StatsController {
    private final QuizService quizzes;
    private final Flashcards flashcards;
    private final Pages pages;
    private final Jdbi jdbi;
    private final Clock clock;

    public StatsController(QuizService quizzes, Flashcards flashcards, Pages pages, Jdbi jdbi, Clock clock) {
        this.quizzes = quizzes;
        this.flashcards = flashcards;
        this.pages = pages;
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void show(Context ctx) {
        var user = CurrentUser.require(ctx);
        var history = quizzes.history(user);
        Map<String, Object> model = pages.model(ctx);
        model.put("quizzes", history);
        model.put("chart", ScoreChart.of(history));
        model.put("due", flashcards.dueCount(user, 0));
        model.put("reviewedToday", flashcards.reviewedToday(user));
        StatsDao rows = jdbi.onDemand(StatsDao.class);
        var days = LearnerScheduling.days(user);
        model.put("charts", ReviewCharts.of(rows.reviews(user.id()), rows.startedCards(user.id()), days, clock.instant()));
        ctx.render("stats/stats.peb", model);
    }
}
