package org.chronoquiz.classes;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.accounts.User;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.web.Forms;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.web.Params;
import org.chronoquiz.decks.Decks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Instructors' class pages (create, assign decks, see members) and the learner's "join a class" form. */
public final class ClassesController {
    private static final String INDEX = "classes/index.peb";
    private static final String CLASS = "classes/class.peb";
    private static final String JOIN = "classes/join.peb";
    private final Classes classes;
    private final Decks decks;
    private final Pages pages;

    public ClassesController(Classes classes, Decks decks, Pages pages) {
        this.classes = classes;
        this.decks = decks;
        this.pages = pages;
    }

    public void index(Context ctx) {
        ctx.render(INDEX, indexModel(ctx));
    }

    private Map<String, Object> indexModel(Context ctx) {
        Map<String, Object> model = pages.model(ctx);
        model.put("classes", classes.visibleTo(CurrentUser.require(ctx)));
        return model;
    }

    public void create(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("name"));
        try {
            SchoolClass c = classes.create(CurrentUser.require(ctx), form.get("name"));
            Pages.flash(ctx, "Class created. Learners join it with the code " + c.joinCode() + ".");
            ctx.redirect("/instructor/classes/" + c.id(), HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, INDEX, indexModel(ctx), form, e);
        }
    }

    public void show(Context ctx) {
        User viewer = CurrentUser.require(ctx);
        ctx.render(CLASS, classModel(ctx, viewer, Params.pathId(ctx, "id")));
    }

    private Map<String, Object> classModel(Context ctx, User viewer, long id) {
        Map<String, Object> model = pages.model(ctx);
        model.put("schoolClass", classes.get(viewer, id));
        model.put("members", classes.members(viewer, id));
        model.put("assigned", classes.deckIds(viewer, id));
        model.put("decks", decks.all());
        model.put("invites", classes.invites(viewer, id));
        return model;
    }

    /** Invites addresses; a refused list comes back in its box with the address that is wrong named. */
    public void invite(Context ctx) {
        User viewer = CurrentUser.require(ctx);
        long id = Params.pathId(ctx, "id");
        Map<String, String> form = Forms.values(ctx, List.of("emails"));
        try {
            int n = classes.invite(viewer, id, form.get("emails"));
            Pages.flash(ctx, n + (n == 1 ? " address" : " addresses") + " invited. Each joins the class at its next log-in or sign-up.");
            ctx.redirect("/instructor/classes/" + id, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Forms.rerender(ctx, CLASS, classModel(ctx, viewer, id), form, e);
        }
    }

    public void assign(Context ctx) {
        User viewer = CurrentUser.require(ctx);
        long id = Params.pathId(ctx, "id");
        List<String> ticked = ctx.formParams("deck");
        if (ticked.size() > 1000) {
            throw new InvalidInput("deck", "Assign at most 1000 decks.");
        }
        List<Long> decks = new ArrayList<>();
        for (String d : ticked) {
            decks.add(Params.longField("deck", d));
        }
        classes.assign(viewer, id, decks);
        Pages.flash(ctx, "Decks assigned: " + decks.size() + ".");
        ctx.redirect("/instructor/classes/" + id, HttpStatus.SEE_OTHER);
    }

    public void showJoin(Context ctx) {
        Map<String, Object> model = pages.model(ctx);
        model.put("form", Map.of("code", ctx.queryParamAsClass("code", String.class).getOrDefault("")));
        model.put("joined", classes.joinedBy(CurrentUser.require(ctx)));
        ctx.render(JOIN, model);
    }

    public void join(Context ctx) {
        Map<String, String> form = Forms.values(ctx, List.of("code"));
        User learner = CurrentUser.require(ctx);
        try {
            SchoolClass c = classes.join(learner, form.get("code"));
            Pages.flash(ctx, "You are in “" + c.name() + "”. Its decks are marked on your home page.");
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            Map<String, Object> model = pages.model(ctx);
            model.put("joined", classes.joinedBy(learner));
            Forms.rerender(ctx, JOIN, model, form, e);
        }
    }
}
