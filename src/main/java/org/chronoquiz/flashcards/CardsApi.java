package org.chronoquiz.flashcards;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.decks.Decks;
import org.chronoquiz.support.Json;
import org.chronoquiz.web.JsonBody;
import org.chronoquiz.web.Params;

import java.time.Instant;
import java.util.List;

/**
 * The flashcard half of the JSON API: decks with their due counts, adding a deck, the due cards, a review.
 * Answers are records, so each field has one spelling (snake_case by the mapper; a card's state by {@code Phase.label}).
 */
public final class CardsApi {
    private final Decks decks;
    private final Flashcards flashcards;
    private final ObjectMapper mapper = Json.mapper();

    public CardsApi(Decks decks, Flashcards flashcards) {
        this.decks = decks;
        this.flashcards = flashcards;
    }

    public record DeckSummary(long id, String title, int questions, int due) {
    }

    public record Studied(long deckId, int cards) {
    }

    public record DueCard(long cardId, long questionId, String front, String back, String state, Instant due) {
        static DueCard of(Card c) {
            return new DueCard(c.id(), c.questionId(), c.front(), c.back(), c.state().phase().label(), c.state().due());
        }
    }

    public record Reviewed(long cardId, String state, Instant due, int intervalDays, double stability, double difficulty,
                           int step) {
        static Reviewed of(ReviewOutcome o) {
            return new Reviewed(o.cardId(), o.state().phase().label(), o.state().due(), o.intervalDays(),
                    o.state().stability(), o.state().difficulty(), o.state().step());
        }
    }

    /** {@code GET /api/decks}: the decks learners see, with how many of the learner's cards are due in each. */
    public void decks(Context ctx) {
        var counts = flashcards.dueCounts(CurrentUser.require(ctx));
        ctx.json(decks.asked().stream().map(d -> new DeckSummary(d.id(), d.title(), d.questions(), counts.deck(d.id())))
                .toList());
    }

    /** {@code POST /api/decks/{id}/study}: the deck's flashcards join the learner's reviews; a repeat changes nothing. */
    public void study(Context ctx) {
        // Nothing in the body is used, but it is read (the server's request limit bounds it): answered unread, Jetty
        // closes the connection while the client may still be writing it, and that client then gets no answer.
        ctx.bodyAsBytes();
        long deckId = Params.pathId(ctx, "id");
        ctx.json(new Studied(deckId, flashcards.study(CurrentUser.require(ctx), deckId)));
    }

    /** {@code GET /api/decks/{id}/due?limit=N}: at most N (default 20) cards to review now. */
    public void due(Context ctx) {
        var user = CurrentUser.require(ctx);
        long deckId = Params.pathId(ctx, "id");
        decks.require(deckId);
        int limit = Params.intField("limit", ctx.queryParam("limit"), 20);
        List<DueCard> due = flashcards.due(user, deckId, limit).stream().map(DueCard::of).toList();
        ctx.json(due);
    }

    /** {@code POST /api/reviews {"card_id","rating","review_id"}}: a repeated review_id gets the first answer. */
    public void review(Context ctx) {
        var user = CurrentUser.require(ctx);
        JsonBody body = JsonBody.of(ctx, mapper);
        long cardId = body.requireLong("card_id");
        int rating = body.requireInt("rating");
        String reviewId = body.requireText("review_id");
        ctx.json(Reviewed.of(flashcards.review(user, cardId, rating, reviewId))); // 200 both times
    }
}
