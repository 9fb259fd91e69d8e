package org.chronoquiz.results;

import io.javalin.http.Context;
import org.chronoquiz.decks.Deck;
import org.chronoquiz.decks.DeckDao;
import org.chronoquiz.support.NotFound;
import org.chronoquiz.web.Pages;
import org.chronoquiz.web.Params;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;

/** The instructor's results: item analysis and card retention per deck, each learner's progress, and CSV of each. */
public final class ResultsController {
    private final Results results;
    private final Jdbi jdbi;
    private final Pages pages;
    private final ResultsCsv csv = new ResultsCsv();

    public ResultsController(Results results, Jdbi jdbi, Pages pages) {
        this.results = results;
        this.jdbi = jdbi;
        this.pages = pages;
    }

    public void show(Context ctx) {
        List<Deck> decks = jdbi.onDemand(DeckDao.class).list();
        long deckId = deck(ctx, decks);
        Map<String, Object> model = pages.model(ctx);
        model.put("decks", decks);
        model.put("deckId", deckId);
        List<ItemReport> items = deckId == 0 ? List.of() : results.items(deckId);
        model.put("items", items);
        model.put("cards", items.stream().filter(r -> r.cardLearners() > 0).toList());
        model.put("flagged", items.stream().filter(r -> r.stats().flagged()).count());
        model.put("learners", results.learners());
        ctx.render("results/results.peb", model);
    }

    public void itemsCsv(Context ctx) {
        long deckId = deck(ctx, jdbi.onDemand(DeckDao.class).list());
        download(ctx, "items-deck-" + deckId + ".csv", csv.items(results.items(deckId)));
    }

    public void cardsCsv(Context ctx) {
        long deckId = deck(ctx, jdbi.onDemand(DeckDao.class).list());
        download(ctx, "cards-deck-" + deckId + ".csv", csv.cards(results.items(deckId)));
    }

    public void learnersCsv(Context ctx) {
        download(ctx, "learners.csv", csv.learners(results.learners()));
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
        ctx.result(body);
    }
}
