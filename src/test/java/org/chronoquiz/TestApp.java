package org.chronoquiz;

import io.javalin.Javalin;
import org.chronoquiz.accounts.Accounts;
import org.chronoquiz.accounts.Passwords;
import org.chronoquiz.accounts.User;
import org.chronoquiz.mail.MailSettings;
import org.chronoquiz.questions.QuestionBank;
import org.chronoquiz.storage.Database;
import org.chronoquiz.support.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The real application on a temporary database (a SQLite file, or a fresh PostgreSQL schema: {@link TestDatabases}),
 * seeded from {@code seeds/} and a small fixture question bank, listening on a free port. The flaskr
 * {@code conftest.py}, in Java.
 */
public final class TestApp implements AutoCloseable {
    public static final Path FIXTURE_QUESTIONS = Path.of("src/test/resources/fixtures/questions");
    public static final String PASSWORD = "correct horse battery";

    /** The database as {@code --db} names it: a file path or a JDBC URL. */
    public final String db;
    public final Jdbi jdbi;
    public final TestClock clock;
    public final Accounts accounts;
    /** The mail the service sent, as its SMTP server would have taken it. */
    public final TestMailbox mail = new TestMailbox();
    private final Database database;
    private final Javalin app;

    private TestApp(String db, TestClock clock) {
        this(db, clock, false);
    }

    private TestApp(String db, TestClock clock, boolean secureCookies) {
        this.db = db;
        this.clock = clock;
        this.database = Database.open(db);
        this.jdbi = database.jdbi();
        new QuestionBank(jdbi, clock).load(Path.of("seeds"), FIXTURE_QUESTIONS);
        this.accounts = new Accounts(jdbi, new Passwords(), new Tokens(), clock);
        Config config = new Config(0, db, Path.of("templates"), Path.of("seeds"), FIXTURE_QUESTIONS, true, secureCookies,
                new MailSettings(null, MailSettings.DEFAULT_FROM, "http://chronoquiz.test"));
        this.app = App.create(config, database, clock, mail).start(0);
    }

    public static TestApp start(Path dir) {
        return new TestApp(TestDatabases.at(dir.resolve("test.db")), new TestClock(Instant.parse("2026-03-02T09:00:00Z")));
    }

    /** Started as behind an HTTPS proxy: {@code serve --secure-cookies}. */
    public static TestApp startSecure(Path dir) {
        return new TestApp(TestDatabases.at(dir.resolve("test.db")), new TestClock(Instant.parse("2026-03-02T09:00:00Z")), true);
    }

    /** A second instance on the same database, as after a restart or beside the first behind a load balancer. */
    public static TestApp restart(String db, TestClock clock) {
        return new TestApp(db, clock);
    }

    /** The database's group-commit writer, for services a test builds itself. */
    public org.chronoquiz.storage.GroupCommit writer() {
        return database.writer();
    }

    public int port() {
        return app.port();
    }

    public WebClient client() {
        return new WebClient("http://localhost:" + app.port());
    }

    public User user(String email, String role) {
        return accounts.create(email, PASSWORD, role);
    }

    /**
     * A visitor signing up as a person would: the form, then the link in the mail, then its button. Returns
     * the browser, logged in.
     */
    public WebClient signUp(String email) {
        WebClient browser = client();
        browser.get("/signup");
        int before = mail.to(email).size();
        var res = browser.post("/signup", java.util.Map.of("email", email, "password", PASSWORD, "confirm", PASSWORD));
        if (res.status() != 303) {
            throw new AssertionError("sign-up answered " + res.status() + ": " + res.body());
        }
        String link = mail.awaitLink(email, before, "/signup/confirm");
        browser.get(link);
        var confirmed = browser.post("/signup/confirm", java.util.Map.of("token", link.substring(link.indexOf("token=") + 6)));
        if (confirmed.status() != 303) {
            throw new AssertionError("confirming the sign-up answered " + confirmed.status() + ": " + confirmed.body());
        }
        return browser;
    }

    /** A browser logged in as a new account with this role. */
    public WebClient loggedIn(String email, String role) {
        user(email, role);
        WebClient client = client();
        client.login(email, PASSWORD);
        return client;
    }

    public long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** Every HTTP route the application registered, as "METHOD path", read from Javalin's own router. */
    public java.util.List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    /** A route and the role it was registered with, read from Javalin's router (HEAD twins left out). */
    public record Route(String method, String path, org.chronoquiz.accounts.Role role) {
    }

    public java.util.List<Route> routesWithRoles() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod() && !e.endpoint.method.name().equals("HEAD"))
                .map(e -> new Route(e.endpoint.method.name(), e.endpoint.path,
                        (org.chronoquiz.accounts.Role) e.endpoint.metadata(io.javalin.security.Roles.class).getRoles()
                                .iterator().next())).toList();
    }

    public long deckId() {
        return count("SELECT id FROM decks WHERE article_id = '000_2ee458c0465a5763'");
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
