package org.chronoquiz.results;

import io.javalin.http.Context;
import org.chronoquiz.accounts.User;
import org.chronoquiz.classes.Classes;
import org.chronoquiz.decks.Deck;
import org.chronoquiz.support.NotFound;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.web.Params;
import org.chronoquiz.decks.Decks;

import java.util.List;
import java.util.Map;

/** The instructor's results: item analysis and card retention per deck, each learner's progress, and CSV of each. */
public final class ResultsController {
    private final Results results;
    private final Classes classes;
    private final Decks decks;
    private final Pages pages;
    private final ResultsCsv csv = new ResultsCsv();

    public ResultsController(Results results, Classes classes, Decks decks, Pages pages) {
        this.results = results;
        this.classes = classes;
        this.decks = decks;
        this.pages = pages;
    }

    public void show(Context ctx) {
        List<Deck> decks = this.decks.all();
        long deckId = deck(ctx, decks);
        Map<String, Object> model = pages.model(ctx);
        ResultsDao.Audience audience = audience(ctx);
        model.put("decks", decks);
        model.put("deckId", deckId);
        model.put("classes", classes.visibleTo(CurrentUser.require(ctx)));
        model.put("classId", audience.classId());
        model.put("admin", audience.all());
        List<ItemReport> items = deckId == 0 ? List.of() : results.items(deckId, audience);
        model.put("items", items);
        model.put("cards", items.stream().filter(r -> r.cardLearners() > 0).toList());
        model.put("flagged", items.stream().filter(r -> r.stats().flagged()).count());
        model.put("learners", results.learners(audience));
        ctx.render("results/results.peb", model);
    }

    public void itemsCsv(Context ctx) {
        long deckId = deck(ctx, decks.all());
        download(ctx, "items-deck-" + deckId + ".csv", csv.items(results.items(deckId, audience(ctx))));
    }

    public void cardsCsv(Context ctx) {
        long deckId = deck(ctx, decks.all());
        download(ctx, "cards-deck-" + deckId + ".csv", csv.cards(results.items(deckId, audience(ctx))));
    }

    public void learnersCsv(Context ctx) {
        download(ctx, "learners.csv", csv.learners(results.learners(audience(ctx))));
    }

    /** Whose work the viewer sees: an admin everyone's, an instructor their classes' learners; {@code ?class=} narrows. */
    private ResultsDao.Audience audience(Context ctx) {
        User viewer = CurrentUser.require(ctx);
        String param = ctx.queryParam("class");
        long classId = param == null || param.isBlank() ? 0 : classes.get(viewer, Params.longField("class", param)).id();
        return new ResultsDao.Audience(viewer.id(), viewer.isAdmin(), classId);
    }

    /** The deck asked for, or the first; one that does not exist is a 404, not an empty table. */
    private static long deck(Context ctx, List<Deck> decks) {
        long fallback = decks.isEmpty() ? 0 : decks.get(0).id();
        long id = Params.intField("deck", ctx.queryParam("deck"), (int) fallback);
        if (id != 0 && decks.stream().noneMatch(d -> d.id() == id)) {
            throw new NotFound("no deck " + id);
        }
        return id;
    }

    private static void download(Context ctx, String name, String body) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result("\uFEFF" + body); // a byte-order mark, so Excel reads the names and answers as UTF-8
    }
}
