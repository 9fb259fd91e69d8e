package org.chronoquiz.authoring;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import org.chronoquiz.articles.Article;
import org.chronoquiz.articles.Articles;
import org.chronoquiz.articles.MarkedText;
import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionStatus;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.web.Forms;
import org.chronoquiz.accounts.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The instructor's way to bring in an article: a form (paste or upload), then a review page that shows the
 * article beside the generator's drafts, to accept, edit or reject one at a time or many at once.
 */
public final class ArticlesController {
    private static final String NEW = "authoring/article-new.peb";
    private static final String REVIEW = "authoring/article-review.peb";

    private final ArticleImport imports;
    private final Articles articles;
    private final Authoring authoring;
    private final Pages pages;

    public ArticlesController(ArticleImport imports, Articles articles, Authoring authoring, Pages pages) {
        this.imports = imports;
        this.articles = articles;
        this.authoring = authoring;
        this.pages = pages;
    }

    public void index(Context ctx) {
        Map<String, Object> model = pages.model(ctx);
        model.put("articles", authoring.articleSummaries());
        ctx.render("authoring/articles.peb", model);
    }

    public void showNew(Context ctx) {
        Map<String, Object> model = pages.model(ctx);
        model.put("maxChars", ArticleImport.MAX_CHARS);
        ctx.render(NEW, model);
    }

    public void create(Context ctx) {
        Map<String, String> form = Forms.values(ctx, ArticleSubmission.FIELDS);
        try {
            String text = text(ctx, form.get("text"));
            var imported = imports.add(new ArticleSubmission(form.get("title"), form.get("outlet"), form.get("published"),
                    !form.get("state_owned").isEmpty(), text));
            Pages.flash(ctx, imported.existed()
                    ? "This article is already here, as “" + imported.article().title() + "”: nothing was added."
                    : imported.drafts() + " draft questions proposed. Learners see none of them until you accept them.");
            ctx.redirect("/instructor/articles/" + imported.article().id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Map<String, Object> model = pages.model(ctx);
            model.put("maxChars", ArticleImport.MAX_CHARS);
            Forms.rerender(ctx, NEW, model, form, e);
        }
    }

    /** The pasted text, or the uploaded file's; one of the two, not both. */
    private static String text(Context ctx, String pasted) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        boolean uploaded = file != null && file.size() > 0;
        if (uploaded && !pasted.isBlank()) {
            throw new InvalidInput("text", "Paste the text or upload a file, not both.");
        }
        if (!uploaded) {
            return pasted;
        }
        if (file.size() > ArticleImport.MAX_BYTES) {
            throw new InvalidInput("file", "The file is too large: at most " + ArticleImport.MAX_BYTES / 1000 + " KB.");
        }
        try (InputStream in = file.content()) {
            return ArticleImport.decode(in.readNBytes(ArticleImport.MAX_BYTES + 1), "file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void review(Context ctx) {
        Article article = articles.byId(ctx.pathParam("id"));
        long deckId = authoring.deckFor(article);
        MarkedText marked = articles.marked(article);
        Map<String, Object> model = pages.model(ctx);
        model.put("article", article);
        model.put("deckId", deckId);
        model.put("text", marked);
        List<DraftView> drafts = new ArrayList<>();
        for (Question q : authoring.questions(deckId, QuestionStatus.DRAFT)) {
            drafts.add(DraftView.of(q, article.text(), marked));
        }
        model.put("drafts", drafts);
        model.put("active", authoring.questions(deckId, QuestionStatus.ACTIVE).size());
        model.put("retired", authoring.questions(deckId, QuestionStatus.RETIRED).size());
        ctx.render(REVIEW, model);
    }

    /**
     * One form decides drafts: {@code decision} is {@code accept} or {@code reject} for the ticked ones,
     * {@code accept:ID} or {@code reject:ID} for one, {@code accept-all} for every draft of the article.
     */
    public void decide(Context ctx) {
        Article article = articles.byId(ctx.pathParam("id"));
        long deckId = authoring.deckFor(article);
        String decision = ctx.formParam("decision");
        Decision d = Decision.parse(decision == null ? "" : decision, ctx.formParams("question"));
        int changed = authoring.decideDrafts(deckId, d.ids(), d.to(), d.all());
        String verb = d.to() == QuestionStatus.ACTIVE ? "accepted: learners get them from now on" : "rejected";
        Pages.flash(ctx, changed + (changed == 1 ? " question " : " questions ") + verb + ".");
        ctx.redirect("/instructor/articles/" + article.id(), HttpStatus.SEE_OTHER);
    }

    record Decision(QuestionStatus to, List<Long> ids, boolean all) {
        static Decision parse(String decision, List<String> ticked) {
            if (decision.equals("accept-all")) {
                return new Decision(QuestionStatus.ACTIVE, List.of(), true);
            }
            String[] parts = decision.split(":", 2);
            QuestionStatus to = switch (parts[0]) {
                case "accept" -> QuestionStatus.ACTIVE;
                case "reject" -> QuestionStatus.RETIRED;
                default -> throw new InvalidInput("decision", "Choose Accept or Reject.");
            };
            List<String> picked = parts.length == 2 ? List.of(parts[1]) : ticked;
            if (picked.isEmpty()) {
                throw new InvalidInput("question", "Tick the questions to " + parts[0] + " first.");
            }
            if (picked.size() > 1000) {
                throw new InvalidInput("question", "Decide at most 1000 questions at once.");
            }
            List<Long> ids = new ArrayList<>();
            for (String p : picked) {
                try {
                    ids.add(Long.parseLong(p));
                } catch (NumberFormatException e) {
                    throw new InvalidInput("question", "'" + p + "' is not a question id.");
                }
            }
            return new Decision(to, ids, false);
        }
    }
}
