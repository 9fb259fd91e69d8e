package org.chronoquiz.dashboard;

import io.javalin.http.Context;
import org.chronoquiz.accounts.User;
import org.chronoquiz.decks.Deck;
import org.chronoquiz.flashcards.DueCounts;
import org.chronoquiz.flashcards.Flashcards;
import org.chronoquiz.quizzes.QuizService;
import org.chronoquiz.support.NotFound;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.web.Params;
import org.chronoquiz.web.Forms;
import org.chronoquiz.support.InvalidInput;
import io.javalin.http.HttpStatus;
import org.chronoquiz.decks.Decks;

import java.util.List;
import java.util.Map;

/** Home (the decks and how many cards are due) and one deck's page. */
public final class DashboardController {
    private static final String DECK = "dashboard/deck.peb";
    private final Decks decks;
    private final Flashcards flashcards;
    private final QuizService quizzes;
    private final Dashboard dashboard;
    private final Pages pages;

    public DashboardController(Dashboard dashboard, Decks decks, Flashcards flashcards, QuizService quizzes, Pages pages) {
        this.dashboard = dashboard;
        this.decks = decks;
        this.flashcards = flashcards;
        this.quizzes = quizzes;
        this.pages = pages;
    }

    public void home(Context ctx) {
        Map<String, Object> model = pages.model(ctx);
        var home = CurrentUser.of(ctx).map(dashboard::home); // one connection for the page's reads
        var cards = home.map(Dashboard.Home::cards);
        model.put("decks", home.map(o -> o.decks().stream().map(d -> withDue(d, o.cards().counts())).toList())
                .orElse(List.of()));
        model.put("due", cards.map(c -> c.counts().total()).orElse(0));
        model.put("reviewedToday", cards.map(Flashcards.Overview::reviewedToday).orElse(0));
        model.put("assigned", home.map(Dashboard.Home::assigned).orElse(List.of()));
        model.put("studied", cards.map(Flashcards.Overview::studied).orElse(java.util.Set.of()));
        model.put("classes", home.map(Dashboard.Home::classes).orElse(List.of()));
        ctx.render("dashboard/home.peb", model);
    }

    private Deck deckFor(User user, long id) {
        // a deck of drafts only is not yet a learner's: its article is still under review
        return decks.find(id).filter(d -> d.questions() > 0 || user.isInstructor())
                .map(d -> withDue(d, flashcards.dueCounts(user)))
                .orElseThrow(() -> new NotFound("no deck " + id));
    }

    private static Deck withDue(Deck d, DueCounts counts) {
        return new Deck(d.id(), d.articleId(), d.title(), d.outlet(), d.published(), d.questions(), counts.deck(d.id()));
    }

    public void deck(Context ctx) {
        ctx.render(DECK, deckModel(ctx));
    }

    /** Starts a quiz from the deck page's form and goes to its first question. */
    public void startQuiz(Context ctx) {
        Map<String, Object> model = deckModel(ctx);
        Deck deck = (Deck) model.get("deck");
        Map<String, String> form = Forms.values(ctx, List.of("size"));
        try {
            int size = Params.intField("size", ctx.formParam("size"), QuizService.DEFAULT_SIZE);
            var quiz = quizzes.start(CurrentUser.require(ctx), deck.id(), size);
            ctx.redirect("/quizzes/" + quiz.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, DECK, model, form, e);
        }
    }

    private Map<String, Object> deckModel(Context ctx) {
        Deck deck = deckFor(CurrentUser.require(ctx), Params.pathId(ctx, "id"));
        Map<String, Object> model = pages.model(ctx);
        model.put("deck", deck);
        model.put("studied", flashcards.studied(CurrentUser.require(ctx)).contains(deck.id()));
        model.put("form", Map.of("size", Integer.toString(QuizService.DEFAULT_SIZE)));
        model.put("maxSize", QuizService.MAX_SIZE);
        return model;
    }
}
