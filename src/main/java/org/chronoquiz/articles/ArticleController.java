package org.chronoquiz.articles;

import io.javalin.http.Context;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.web.Params;

import java.util.Map;

/** The article a deck was drawn from, as learners read it: its text with the dated expressions marked. */
public final class ArticleController {
    private final Articles articles;
    private final Pages pages;

    public ArticleController(Articles articles, Pages pages) {
        this.articles = articles;
        this.pages = pages;
    }

    public void show(Context ctx) {
        long deckId = Params.pathId(ctx, "id");
        Article article = articles.byDeck(deckId);
        Map<String, Object> model = pages.model(ctx);
        model.put("article", article);
        model.put("deckId", deckId);
        model.put("text", articles.marked(article));
        ctx.render("articles/article.peb", model);
    }
}
