package org.chronoquiz.authoring;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.articles.Articles;
import org.chronoquiz.decks.Deck;
import org.chronoquiz.numbers.NumericAnswer;
import org.chronoquiz.questions.Matching;
import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionStatus;
import org.chronoquiz.questions.QuestionType;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.TextInput;
import org.chronoquiz.web.Forms;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.web.Params;
import org.chronoquiz.decks.Decks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The instructor's pages: the bank by deck, and forms to add, edit, retire and restore questions. */
public final class AuthoringController {
    private static final String INDEX = "authoring/index.peb";
    private static final String FORM = "authoring/form.peb";
    private static final List<String> FORM_FIELDS = java.util.stream.Stream.concat(QuestionInput.FIELDS.stream(),
            java.util.stream.Stream.of("next")).toList();

    private final Authoring authoring;
    private final Articles articles;
    private final Decks decks;
    private final Pages pages;

    public AuthoringController(Authoring authoring, Articles articles, Decks decks, Pages pages) {
        this.authoring = authoring;
        this.articles = articles;
        this.decks = decks;
        this.pages = pages;
    }

    public void index(Context ctx) {
        List<Deck> decks = this.decks.all();
        BankQuery query = BankQuery.read(ctx::queryParam, decks.isEmpty() ? 1 : decks.get(0).id());
        Authoring.BankPage page = authoring.search(query);
        if (query.page() > page.pages()) { // a page that emptied (the last question on it retired, say): the last one
            ctx.redirect(query.path(page.pages()));
            return;
        }
        Map<String, Object> model = pages.model(ctx);
        model.put("decks", decks);
        model.put("deckId", query.deckId());
        model.put("query", query);
        model.put("bank", page);
        model.put("here", URLEncoder.encode(query.path(), StandardCharsets.UTF_8));
        model.put("prev", query.page() > 1 ? query.path(query.page() - 1) : null);
        model.put("next", query.page() < page.pages() ? query.path(query.page() + 1) : null);
        model.put("types", Arrays.asList(QuestionType.values()));
        model.put("statuses", Arrays.asList(QuestionStatus.values()));
        ctx.render(INDEX, model);
    }

    public void showCreate(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        QuestionInput.FIELDS.forEach(f -> form.put(f, ""));
        String deck = ctx.queryParamAsClass("deck", String.class).getOrDefault("");
        form.put("deck_id", deck);
        form.put("type", "typed");
        String sentence = ctx.queryParam("sentence");
        if (sentence != null && !deck.isEmpty()) { // "ask" on a sentence of the review page
            int index = Params.intField("sentence", sentence, -1);
            var marked = articles.marked(articles.byDeck(Params.intField("deck", deck, 0)));
            if (index < 0 || index >= marked.sentences().size()) {
                throw new InvalidInput("sentence", "The article has no sentence " + sentence + ".");
            }
            form.put("source_sentence", marked.sentences().get(index).text());
        }
        String selected = ctx.queryParam("source"); // words selected in the article on the review page
        if (selected != null && !selected.isBlank()) {
            form.put("source_sentence", TextInput.body(selected, "source", "selection", 2000).trim());
        }
        form.put("next", Forms.safeNext(ctx.queryParam("next")));
        ctx.render(FORM, formModel(ctx, form, null));
    }

    public void create(Context ctx) {
        Map<String, String> form = Forms.values(ctx, FORM_FIELDS);
        try {
            Question q = authoring.create(input(form));
            Pages.flash(ctx, "Question added. Learners get it in their next quiz.");
            ctx.redirect(back(form.get("next"), q), HttpStatus.SEE_OTHER);
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
        form.putAll(contentFields(q));
        form.put("source_sentence", q.sourceSentence() == null ? "" : q.sourceSentence());
        form.put("tags", String.join(" ", authoring.tags(q.id())));
        form.put("next", Forms.safeNext(ctx.queryParam("next")));
        ctx.render(FORM, formModel(ctx, form, q));
    }

    public void update(Context ctx) {
        Question q = authoring.question(Params.pathId(ctx, "id"));
        Map<String, String> form = Forms.values(ctx, FORM_FIELDS);
        form.put("deck_id", Long.toString(q.deckId()));
        boolean accept = q.draft() && "yes".equals(ctx.formParam("accept"));
        try {
            authoring.update(q.id(), input(form), accept);
            Pages.flash(ctx, accept ? "Question saved and accepted: learners get it from now on." : "Question saved.");
            ctx.redirect(back(form.get("next"), q), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, FORM, formModel(ctx, form, q), form, e);
        }
    }

    /** Every version of a question, what changed and how many answers each got. */
    public void history(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Map<String, Object> model = pages.model(ctx);
        model.put("question", authoring.question(id));
        var versions = new java.util.ArrayList<>(authoring.history(id));
        java.util.Collections.reverse(versions); // newest first
        model.put("versions", versions);
        ctx.render("authoring/history.peb", model);
    }

    public void retire(Context ctx) {
        long id = Params.pathId(ctx, "id");
        authoring.retire(id);
        Pages.flash(ctx, "Question retired: learners no longer get it; their answers to it are kept.");
        ctx.redirect(back(ctx.formParam("next"), authoring.question(id)), HttpStatus.SEE_OTHER);
    }

    public void restore(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Pages.flash(ctx, authoring.restore(id) ? "Question restored: learners get it again."
                : "Only a retired question can be restored; this one is not retired (a draft is accepted on its article's review page).");
        ctx.redirect(back(ctx.formParam("next"), authoring.question(id)), HttpStatus.SEE_OTHER);
    }

    /** Back where the instructor came from (the review page), else to the question's row in the bank. */
    private static String back(String next, Question q) {
        String safe = Forms.safeNext(next);
        return safe.equals("/") ? "/instructor?deck=" + q.deckId() + "#q-" + q.id() : safe;
    }

    private static QuestionInput input(Map<String, String> f) {
        return new QuestionInput(f.get("deck_id"), f.get("type"), f.get("prompt"), f.get("answer"), f.get("tolerance"),
                f.get("choices"), f.get("source_sentence"), f.get("tags"));
    }

    /**
     * The answer, tolerance and choices fields as the instructor wrote them: a timeline's events in order, a
     * matching's pairs as "left -> right", a numerical's number, tolerance and partial-credit lines.
     */
    private static Map<String, String> contentFields(Question q) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("answer", q.type().equals("timeline") || q.type().equals("matching") ? "" : q.answer());
        f.put("tolerance", "");
        f.put("choices", String.join("\n", q.choices()));
        switch (q.type()) {
            case "timeline" -> f.put("choices", q.answer());
            case "matching" -> f.put("choices", String.join("\n", Matching.of(q).lines()));
            case "numerical" -> NumericAnswer.of(q.answer(), q.answerValue(), List.of()).stream().findFirst()
                    .ifPresent(a -> f.put("tolerance", a.tolerance().signum() == 0 ? "" : a.tolerance().toPlainString()));
            default -> {
            }
        }
        return f;
    }

    private Map<String, Object> formModel(Context ctx, Map<String, String> form, Question existing) {
        Map<String, Object> model = pages.model(ctx);
        model.put("form", form);
        model.put("question", existing);
        model.put("decks", decks.all());
        model.put("types", Arrays.asList(QuestionType.values()));
        return model;
    }
}
