package org.chronoquiz.authoring;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.decks.Deck;
import org.chronoquiz.decks.DeckDao;
import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionType;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.web.Forms;
import org.chronoquiz.web.Pages;
import org.chronoquiz.web.Params;
import org.jdbi.v3.core.Jdbi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The instructor's pages: the bank by deck, and forms to add, edit, retire and restore questions. */
public final class AuthoringController {
    private static final String INDEX = "authoring/index.peb";
    private static final String FORM = "authoring/form.peb";

    private final Authoring authoring;
    private final Jdbi jdbi;
    private final Pages pages;

    public AuthoringController(Authoring authoring, Jdbi jdbi, Pages pages) {
        this.authoring = authoring;
        this.jdbi = jdbi;
        this.pages = pages;
    }

    public void index(Context ctx) {
        List<Deck> decks = jdbi.onDemand(DeckDao.class).list();
        long deckId = Params.intField("deck", ctx.queryParam("deck"), decks.isEmpty() ? 0 : (int) decks.get(0).id());
        Map<String, Object> model = pages.model(ctx);
        model.put("decks", decks);
        model.put("deckId", deckId);
        model.put("questions", authoring.questions(deckId));
        ctx.render(INDEX, model);
    }

    public void showCreate(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        QuestionInput.FIELDS.forEach(f -> form.put(f, ""));
        form.put("deck_id", ctx.queryParamAsClass("deck", String.class).getOrDefault(""));
        form.put("type", "typed");
        ctx.render(FORM, formModel(ctx, form, null));
    }

    public void create(Context ctx) {
        Map<String, String> form = Forms.values(ctx, QuestionInput.FIELDS);
        try {
            Question q = authoring.create(input(form));
            Pages.flash(ctx, "Question added. Learners get it in their next quiz.");
            ctx.redirect("/instructor?deck=" + q.deckId(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, FORM, formModel(ctx, form, null), form, e);
        }
    }

    public void showEdit(Context ctx) {
        Question q = authoring.question(Params.pathId(ctx, "id"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("deck_id", Long.toString(q.deckId()));
        form.put("type", q.type());
        form.put("prompt", q.prompt());
        form.put("answer", q.type().equals("timeline") ? "" : q.answer());
        form.put("choices", q.type().equals("timeline") ? q.answer() : String.join("\n", q.choices()));
        form.put("source_sentence", q.sourceSentence() == null ? "" : q.sourceSentence());
        ctx.render(FORM, formModel(ctx, form, q));
    }

    public void update(Context ctx) {
        Question q = authoring.question(Params.pathId(ctx, "id"));
        Map<String, String> form = Forms.values(ctx, QuestionInput.FIELDS);
        form.put("deck_id", Long.toString(q.deckId()));
        try {
            authoring.update(q.id(), input(form));
            Pages.flash(ctx, "Question saved.");
            ctx.redirect("/instructor?deck=" + q.deckId(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, FORM, formModel(ctx, form, q), form, e);
        }
    }

    public void retire(Context ctx) {
        long id = Params.pathId(ctx, "id");
        authoring.retire(id);
        Pages.flash(ctx, "Question retired: learners no longer get it; their answers to it are kept.");
        ctx.redirect("/instructor?deck=" + authoring.question(id).deckId(), HttpStatus.SEE_OTHER);
    }

    public void restore(Context ctx) {
        long id = Params.pathId(ctx, "id");
        authoring.restore(id);
        Pages.flash(ctx, "Question restored.");
        ctx.redirect("/instructor?deck=" + authoring.question(id).deckId(), HttpStatus.SEE_OTHER);
    }

    private static QuestionInput input(Map<String, String> f) {
        return new QuestionInput(f.get("deck_id"), f.get("type"), f.get("prompt"), f.get("answer"), f.get("choices"),
                f.get("source_sentence"));
    }

    private Map<String, Object> formModel(Context ctx, Map<String, String> form, Question existing) {
        Map<String, Object> model = pages.model(ctx);
        model.put("form", form);
        model.put("question", existing);
        model.put("decks", jdbi.onDemand(DeckDao.class).list());
        model.put("types", Arrays.asList(QuestionType.values()));
        return model;
    }
}
