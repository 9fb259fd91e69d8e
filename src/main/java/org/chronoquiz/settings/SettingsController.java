package org.chronoquiz.settings;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.accounts.User;
import org.chronoquiz.scheduling.Optimizer;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.web.Forms;
import org.chronoquiz.accounts.Pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** /settings: desired retention (with its workload previewed before saving), new cards per day, time zone. */
public final class SettingsController {
    private static final String PAGE = "settings/settings.peb";
    private static final List<String> FIELDS = List.of("desired_retention", "new_cards_per_day", "time_zone");
    private final LearnerSettings settings;
    private final ParameterFit fit;
    private final Pages pages;

    public SettingsController(LearnerSettings settings, ParameterFit fit, Pages pages) {
        this.settings = settings;
        this.fit = fit;
        this.pages = pages;
    }

    public void show(Context ctx) {
        User user = CurrentUser.require(ctx);
        Map<String, Object> model = model(ctx, user);
        model.put("form", Map.of("desired_retention", String.format(Locale.ROOT, "%.2f", user.desiredRetention()),
                "new_cards_per_day", String.valueOf(user.newCardsPerDay()), "time_zone", user.timeZone()));
        ctx.render(PAGE, model);
    }

    /** "Preview" shows the workload of the entered retention beside the current one; "Save" stores and replays. */
    public void submit(Context ctx) {
        User user = CurrentUser.require(ctx);
        Map<String, String> form = Forms.values(ctx, FIELDS);
        SettingsInput input;
        try {
            input = SettingsInput.parse(form.get("desired_retention"), form.get("new_cards_per_day"), form.get("time_zone"));
        } catch (InvalidInput e) {
            Forms.rerender(ctx, PAGE, model(ctx, user), form, e);
            return;
        }
        if ("preview".equals(ctx.formParam("action"))) {
            Map<String, Object> model = model(ctx, user);
            model.put("form", form);
            model.put("preview", List.of(settings.workload(user, user.desiredRetention()),
                    settings.workload(user, input.desiredRetention())));
            ctx.render(PAGE, model);
            return;
        }
        int replayed = settings.save(user, input);
        Pages.flash(ctx, "Settings saved." + (replayed > 0 ? " " + replayed + " cards were rescheduled." : ""));
        ctx.redirect("/settings", HttpStatus.SEE_OTHER);
    }

    /** Fits the learner's weights; the outcome (or how many more reviews are needed) comes back as a message. */
    public void optimize(Context ctx) {
        Pages.flash(ctx, fit.optimize(CurrentUser.require(ctx)));
        ctx.redirect("/settings", HttpStatus.SEE_OTHER);
    }

    private Map<String, Object> model(Context ctx, User user) {
        Map<String, Object> model = pages.model(ctx);
        int reviews = settings.reviewCount(user);
        model.put("reviews", reviews);
        model.put("needed", Math.max(0, Optimizer.MIN_REVIEWS - reviews));
        model.put("ownWeights", settings.hasOwnWeights(user));
        model.put("weights", settings.weightsText(user));
        model.put("forecastDays", LearnerSettings.FORECAST_DAYS);
        model.put("preview", null);
        return model;
    }
}
