package org.chronoquiz.flashcards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.scheduling.Rating;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.web.Params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The review page: the front of the next due card; Space (or the button) shows the answer,
 * keys 1-4 (or the buttons) grade it. Works without script: the answer is a second page state.
 */
public final class ReviewController {
    private final Flashcards flashcards;
    private final Pages pages;

    public ReviewController(Flashcards flashcards, Pages pages) {
        this.flashcards = flashcards;
        this.pages = pages;
    }

    public void show(Context ctx) {
        var user = CurrentUser.require(ctx);
        long deckId = Params.intField("deck", ctx.queryParam("deck"), 0);
        Map<String, Object> model = pages.model(ctx);
        ReviewPage page = flashcards.page(user, deckId);
        model.put("deckId", deckId);
        model.put("remaining", page.remaining());
        model.put("card", page.card());
        model.put("studiesNothing", page.studiesNothing());
        model.put("buttons", page.card() == null ? List.of() : buttons(page.intervals()));
        // A fresh key per page view: a double-submitted grade is then stored once. It only has to differ from the
        // learner's other keys, not be secret (keys are per learner), so it need not wait on the one SecureRandom.
        var random = ThreadLocalRandom.current();
        model.put("reviewKey", new UUID(random.nextLong(), random.nextLong()).toString());
        model.put("reviewedToday", page.reviewedToday());
        ctx.render("flashcards/review.peb", model);
    }

    private static List<Map<String, Object>> buttons(Map<Rating, String> intervals) {
        List<Map<String, Object>> buttons = new ArrayList<>();
        String[] names = {"Again", "Hard", "Good", "Easy"};
        for (Rating r : Rating.values()) {
            buttons.add(Map.of("rating", r.value(), "name", names[r.ordinal()], "interval", intervals.get(r)));
        }
        return buttons;
    }

    /** The deck page's "Add to my reviews": the deck's cards join the learner's reviews. */
    public void study(Context ctx) {
        var user = CurrentUser.require(ctx);
        long deckId = Params.pathId(ctx, "id");
        int cards = flashcards.study(user, deckId);
        Pages.flash(ctx, cards + " card" + (cards == 1 ? "" : "s") + " of this deck are in your reviews.");
        ctx.redirect("/decks/" + deckId, HttpStatus.SEE_OTHER);
    }

    public void grade(Context ctx) {
        var user = CurrentUser.require(ctx);
        long cardId = Params.longField("card_id", ctx.formParam("card_id"));
        int rating = Params.intField("rating", ctx.formParam("rating"), 0);
        String back = back(ctx); // every field checked before anything is written
        flashcards.review(user, cardId, rating, ctx.formParam("review_id"));
        ctx.redirect(back, HttpStatus.SEE_OTHER);
    }

    public void undo(Context ctx) {
        String back = back(ctx); // a bad deck is refused before the undo, not after it
        var undone = flashcards.undo(CurrentUser.require(ctx));
        Pages.flash(ctx, undone.isPresent() ? "The last review was undone." : "There is no review to undo.");
        ctx.redirect(back, HttpStatus.SEE_OTHER);
    }

    private static String back(Context ctx) {
        long deckId = Params.intField("deck", ctx.formParam("deck"), 0);
        return deckId > 0 ? "/review?deck=" + deckId : "/review";
    }
}
