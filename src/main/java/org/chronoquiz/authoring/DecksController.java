package org.chronoquiz.authoring;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.decks.Decks;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.web.Forms;
import org.chronoquiz.web.Params;

import java.util.List;
import java.util.Map;

/** The instructor's decks: every deck with its questions, a form for a new one, and renaming. */
public final class DecksController {
    private static final String INDEX = "authoring/decks.peb";

    private final Decks decks;
    private final Pages pages;

    public DecksController(Decks decks, Pages pages) {
        this.decks = decks;
        this.pages = pages;
    }

    public void index(Context ctx) {
        ctx.render(INDEX, model(ctx));
    }

    private Map<String, Object> model(Context ctx) {
        Map<String, Object> model = pages.model(ctx);
        model.put("decks", decks.all());
        model.put("maxTitle", Decks.MAX_TITLE);
        model.put("renaming", 0L); // the deck whose rename was refused, so its row shows the error
        return model;
    }

    /** A new, empty deck; the bank opens on it, ready for its first question. */
    public void create(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("title"));
        try {
            long id = decks.create(form.get("title"));
            Pages.flash(ctx, "Deck created. Add its questions here, or import them.");
            ctx.redirect("/instructor?deck=" + id, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, INDEX, model(ctx), form, e);
        }
    }

    public void rename(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Map<String, String> form = Forms.values(ctx, List.of("title"));
        try {
            decks.rename(id, form.get("title"));
            Pages.flash(ctx, "Deck renamed.");
            ctx.redirect("/instructor/decks", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Map<String, Object> model = model(ctx);
            model.put("renaming", id);
            Forms.rerender(ctx, INDEX, model, form, e);
        }
    }
}
