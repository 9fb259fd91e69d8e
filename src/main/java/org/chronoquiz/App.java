package org.chronoquiz;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.chronoquiz.accounts.AccountController;
import org.chronoquiz.accounts.Accounts;
import org.chronoquiz.accounts.EmailLinks;
import org.chronoquiz.accounts.LogIns;
import org.chronoquiz.accounts.LoginThrottle;
import org.chronoquiz.accounts.PasswordController;
import org.chronoquiz.accounts.Passwords;
import org.chronoquiz.articles.ArticleController;
import org.chronoquiz.articles.Articles;
import org.chronoquiz.authoring.ArticleImport;
import org.chronoquiz.authoring.ArticlesController;
import org.chronoquiz.authoring.Authoring;
import org.chronoquiz.authoring.DecksController;
import org.chronoquiz.authoring.ExchangeController;
import org.chronoquiz.authoring.QuestionExchange;
import org.chronoquiz.formats.Formats;
import org.chronoquiz.authoring.AuthoringController;
import org.chronoquiz.classes.Classes;
import org.chronoquiz.classes.ClassesController;
import org.chronoquiz.dashboard.Dashboard;
import org.chronoquiz.dashboard.DashboardController;
import org.chronoquiz.flashcards.CardsApi;
import org.chronoquiz.mail.MailDelivery;
import org.chronoquiz.mail.MailSender;
import org.chronoquiz.mail.Outbox;
import org.chronoquiz.flashcards.Flashcards;
import org.chronoquiz.flashcards.LearnerScheduling;
import org.chronoquiz.flashcards.Rescheduler;
import org.chronoquiz.flashcards.ReviewController;
import org.chronoquiz.quizzes.Grading;
import org.chronoquiz.quizzes.QuizController;
import org.chronoquiz.quizzes.QuizService;
import org.chronoquiz.quizzes.QuizzesApi;
import org.chronoquiz.results.Results;
import org.chronoquiz.results.ResultsController;
import org.chronoquiz.settings.LearnerSettings;
import org.chronoquiz.settings.ParameterFit;
import org.chronoquiz.settings.SettingsController;
import org.chronoquiz.stats.Statistics;
import org.chronoquiz.stats.StatsController;
import org.chronoquiz.decks.Decks;
import org.chronoquiz.support.Json;
import org.chronoquiz.support.Tokens;
import org.chronoquiz.storage.Database;
import org.chronoquiz.timex.TimexExtractor;
import org.chronoquiz.accounts.Access;
import org.chronoquiz.web.ErrorHandling;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.web.PebbleRenderer;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;

import org.chronoquiz.web.AllowedMethods;
import org.chronoquiz.accounts.Role;
import org.chronoquiz.web.SecurityHeaders;

import static org.chronoquiz.accounts.Role.ANYONE;
import static org.chronoquiz.accounts.Role.INSTRUCTOR;
import static org.chronoquiz.accounts.Role.LEARNER;

/** Builds the web application: the one place that lists every route and the role it needs. Tests call it too. */
public final class App {
    private App() {
    }

    public static Javalin create(Config config, Database database, Clock clock) {
        return create(config, database, clock, config.mail().sender(clock));
    }

    /** @param mailSender what carries mail out (SMTP, the log; a test's own mailbox) */
    public static Javalin create(Config config, Database database, Clock clock, MailSender mailSender) {
        Jdbi jdbi = database.jdbi();
        var accounts = new Accounts(jdbi, new Passwords(), new Tokens(), clock);
        var pages = new Pages(accounts, config.secureCookies());
        var mailDelivery = new MailDelivery(jdbi, mailSender, clock);
        var throttle = new LoginThrottle(jdbi, clock);
        var outbox = new Outbox(clock, mailDelivery);
        var emailLinks = new EmailLinks(jdbi, new Passwords(), new Tokens(), clock, outbox, config.mail(), throttle);
        var access = new Access(accounts);
        var random = new SecureRandom();
        var grading = new Grading();
        var quizService = new QuizService(jdbi, database.writer(), grading, clock, random::nextLong);
        var scheduling = new LearnerScheduling();
        var rescheduler = new Rescheduler();
        var flashcards = new Flashcards(jdbi, database.writer(), clock, scheduling);
        var learnerSettings = new LearnerSettings(jdbi, clock, scheduling, rescheduler);
        var extractor = new TimexExtractor();
        var articles = new Articles(jdbi, extractor);
        var authoring = new Authoring(jdbi, articles, clock);
        var articleImport = new ArticleImport(jdbi, extractor, clock);

        var classes = new Classes(jdbi, clock, random, outbox, config.mail());
        var decks = new Decks(jdbi);

        var logIns = new LogIns(accounts, pages, classes::acceptInvites);
        var accountPages = new AccountController(accounts, emailLinks, throttle, pages, logIns);
        var passwordPages = new PasswordController(emailLinks, throttle, pages, logIns);
        var dashboard = new DashboardController(new Dashboard(jdbi, decks, flashcards, classes), decks, flashcards,
                quizService, pages);
        var quizzes = new QuizController(quizService, grading, pages);
        var review = new ReviewController(flashcards, pages);
        var instructor = new AuthoringController(authoring, articles, decks, pages);
        var exchange = new ExchangeController(new QuestionExchange(jdbi, clock), new Formats(), decks, pages);
        var instructorArticles = new ArticlesController(articleImport, articles, authoring, pages);
        var articlePages = new ArticleController(articles, pages);
        var results = new ResultsController(new Results(jdbi), classes, decks, pages);
        var classPages = new ClassesController(classes, decks, pages);
        var deckPages = new DecksController(decks, pages);
        var stats = new StatsController(quizService, flashcards, new Statistics(jdbi, clock), pages);
        var cardsApi = new CardsApi(decks, flashcards);
        var quizzesApi = new QuizzesApi(decks, quizService);
        var settings = new SettingsController(learnerSettings, new ParameterFit(jdbi, learnerSettings), pages);

        var allowed = new AllowedMethods();
        Javalin app = Javalin.create(cfg -> {
            cfg.fileRenderer(new PebbleRenderer(config.templatesDir(), !config.dev()));
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/public";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.roles = java.util.Set.of(ANYONE);
            });
            cfg.startup.showJavalinBanner = false;
            // the largest upload is a question file; an article upload checks its own, smaller limit
            cfg.jetty.multipartConfig.maxFileSize(QuestionExchange.MAX_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(QuestionExchange.MAX_BYTES + 64_000L, SizeUnit.BYTES);
            // parsed before the role check (the CSRF token is a form field), so big parts go to a temporary file
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            cfg.http.prefer405over404 = true; // a known path asked with the wrong method
            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.beforeMatched(access::check);

            get(cfg, "/health", ctx -> ctx.json(java.util.Map.of("status", "ok")), ANYONE);

            get(cfg, "/", dashboard::home, ANYONE);
            get(cfg, "/signup", accountPages::showSignup, ANYONE);
            cfg.routes.post("/signup", accountPages::signup, ANYONE);
            get(cfg, "/signup/sent", accountPages::showSignupSent, ANYONE);
            get(cfg, "/signup/confirm", accountPages::showConfirm, ANYONE);
            cfg.routes.post("/signup/confirm", accountPages::confirm, ANYONE);
            get(cfg, "/password/forgot", passwordPages::showForgot, ANYONE);
            cfg.routes.post("/password/forgot", passwordPages::forgot, ANYONE);
            get(cfg, "/password/sent", passwordPages::showSent, ANYONE);
            get(cfg, "/password/reset", passwordPages::showReset, ANYONE);
            cfg.routes.post("/password/reset", passwordPages::reset, ANYONE);
            get(cfg, "/login", accountPages::showLogin, ANYONE);
            cfg.routes.post("/login", accountPages::login, ANYONE);
            get(cfg, "/logout", accountPages::showLogout, ANYONE);
            cfg.routes.post("/logout", accountPages::logout, ANYONE);

            get(cfg, "/decks/{id}", dashboard::deck, LEARNER);
            get(cfg, "/decks/{id}/article", articlePages::show, LEARNER);
            cfg.routes.post("/decks/{id}/quizzes", dashboard::startQuiz, LEARNER);
            cfg.routes.post("/decks/{id}/study", review::study, LEARNER);
            get(cfg, "/quizzes/{id}", quizzes::show, LEARNER);
            cfg.routes.post("/quizzes/{id}/answers", quizzes::answer, LEARNER);
            get(cfg, "/review", review::show, LEARNER);
            cfg.routes.post("/review", review::grade, LEARNER);
            cfg.routes.post("/review/undo", review::undo, LEARNER);
            get(cfg, "/stats", stats::show, LEARNER);
            get(cfg, "/join", classPages::showJoin, LEARNER);
            cfg.routes.post("/join", classPages::join, LEARNER);
            get(cfg, "/settings", settings::show, LEARNER);
            cfg.routes.post("/settings", settings::submit, LEARNER);
            cfg.routes.post("/settings/optimize", settings::optimize, LEARNER);

            get(cfg, "/instructor", instructor::index, INSTRUCTOR);
            get(cfg, "/instructor/articles", instructorArticles::index, INSTRUCTOR);
            get(cfg, "/instructor/articles/new", instructorArticles::showNew, INSTRUCTOR);
            cfg.routes.post("/instructor/articles", instructorArticles::create, INSTRUCTOR);
            get(cfg, "/instructor/articles/{id}", instructorArticles::review, INSTRUCTOR);
            cfg.routes.post("/instructor/articles/{id}/drafts", instructorArticles::decide, INSTRUCTOR);
            get(cfg, "/instructor/exchange", exchange::show, INSTRUCTOR);
            get(cfg, "/instructor/export", exchange::export, INSTRUCTOR);
            cfg.routes.post("/instructor/import", exchange::importFile, INSTRUCTOR);
            get(cfg, "/instructor/decks", deckPages::index, INSTRUCTOR);
            cfg.routes.post("/instructor/decks", deckPages::create, INSTRUCTOR);
            cfg.routes.post("/instructor/decks/{id}", deckPages::rename, INSTRUCTOR);
            get(cfg, "/instructor/decks/{id}/preview", quizzes::preview, INSTRUCTOR);
            get(cfg, "/instructor/classes", classPages::index, INSTRUCTOR);
            cfg.routes.post("/instructor/classes", classPages::create, INSTRUCTOR);
            get(cfg, "/instructor/classes/{id}", classPages::show, INSTRUCTOR);
            cfg.routes.post("/instructor/classes/{id}/decks", classPages::assign, INSTRUCTOR);
            cfg.routes.post("/instructor/classes/{id}/invites", classPages::invite, INSTRUCTOR);
            get(cfg, "/instructor/results", results::show, INSTRUCTOR);
            get(cfg, "/instructor/results/items.csv", results::itemsCsv, INSTRUCTOR);
            get(cfg, "/instructor/results/cards.csv", results::cardsCsv, INSTRUCTOR);
            get(cfg, "/instructor/results/learners.csv", results::learnersCsv, INSTRUCTOR);
            get(cfg, "/instructor/questions/new", instructor::showCreate, INSTRUCTOR);
            cfg.routes.post("/instructor/questions", instructor::create, INSTRUCTOR);
            get(cfg, "/instructor/questions/{id}/edit", instructor::showEdit, INSTRUCTOR);
            cfg.routes.post("/instructor/questions/{id}", instructor::update, INSTRUCTOR);
            get(cfg, "/instructor/questions/{id}/history", instructor::history, INSTRUCTOR);
            cfg.routes.post("/instructor/questions/{id}/retire", instructor::retire, INSTRUCTOR);
            cfg.routes.post("/instructor/questions/{id}/restore", instructor::restore, INSTRUCTOR);

            get(cfg, "/api/decks", cardsApi::decks, LEARNER);
            get(cfg, "/api/decks/{id}/due", cardsApi::due, LEARNER);
            cfg.routes.post("/api/decks/{id}/study", cardsApi::study, LEARNER);
            cfg.routes.post("/api/reviews", cardsApi::review, LEARNER);
            cfg.routes.post("/api/quizzes", quizzesApi::start, LEARNER);
            cfg.routes.post("/api/quizzes/{id}/answers", quizzesApi::answer, LEARNER);
            get(cfg, "/api/me/scores", quizzesApi::scores, LEARNER);

            ErrorHandling.register(cfg, pages, allowed);
            // mail left by a previous run goes out as soon as this one serves
            cfg.events.serverStarted(mailDelivery::start);
            cfg.events.serverStopping(mailDelivery::close);
        });
        allowed.load(app);
        return app;
    }

    /** A GET route, and HEAD on it with the same role: HEAD must answer wherever GET does. */
    private static void get(JavalinConfig cfg, String path, Handler handler, Role role) {
        cfg.routes.get(path, handler, role);
        cfg.routes.head(path, handler, role);
    }
}
