package org.chronoquiz.cli;

import org.chronoquiz.App;
import org.chronoquiz.Config;
import org.chronoquiz.mail.MailSettings;
import org.chronoquiz.questions.QuestionBank;
import org.chronoquiz.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Migrates the database, loads seeds/ and questions/ (only what is new), and serves until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web service (the default command).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:CHRONOQUIZ_PORT:-7070}",
            description = "HTTP port (env CHRONOQUIZ_PORT; default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    DbOption db;

    @Option(names = "--templates", defaultValue = "templates", description = "Pebble templates folder.")
    Path templates;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Articles folder.")
    Path seeds;

    @Option(names = "--questions", defaultValue = "questions", description = "Question bank folder.")
    Path questions;

    @Option(names = "--dev", description = "Re-read templates on every request.")
    boolean dev;

    @Option(names = "--secure-cookies", defaultValue = "${env:CHRONOQUIZ_SECURE_COOKIES:-false}",
            description = "Mark the session cookie Secure; use when learners reach the service over HTTPS "
                    + "(env CHRONOQUIZ_SECURE_COOKIES).")
    boolean secureCookies;

    @Option(names = "--base-url", defaultValue = "${env:CHRONOQUIZ_BASE_URL}", paramLabel = "URL",
            description = "The address learners use (https://quiz.example.org), for the links in mail "
                    + "(env CHRONOQUIZ_BASE_URL; default: http://localhost:PORT).")
    String baseUrl;

    @Option(names = "--smtp", defaultValue = "${env:CHRONOQUIZ_SMTP}", paramLabel = "URL",
            description = "SMTP server for sign-up and password-reset mail: smtp://[user:password@]host:587 "
                    + "(STARTTLS), smtps://...:465 or smtp+plain://host:25 (a local relay). Env CHRONOQUIZ_SMTP, "
                    + "which keeps a password out of the process list. Without it, mail is written to the log.")
    String smtp;

    @Option(names = "--mail-from", defaultValue = "${env:CHRONOQUIZ_MAIL_FROM:-" + MailSettings.DEFAULT_FROM + "}",
            paramLabel = "ADDRESS", description = "Sender of mail (env CHRONOQUIZ_MAIL_FROM; default: ${DEFAULT-VALUE}).")
    String mailFrom;

    @Override
    public Integer call() {
        MailSettings mail;
        try {
            mail = new MailSettings(smtp, mailFrom, baseUrl == null ? "http://localhost:" + port : baseUrl);
            mail.sender(Clock.systemUTC()); // a bad --smtp or --mail-from is said now, not at the first sign-up
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (!Files.isRegularFile(templates.resolve("errors/error.peb"))) { // else every page would be a 500
            System.err.println("--templates: no Chronoquiz templates in " + templates.toAbsolutePath()
                    + "; run from the checkout, or pass --templates DIR");
            return 2;
        }
        var config = new Config(port, db.db, templates, seeds, questions, dev, secureCookies, mail);
        var database = Database.open(config.db());
        var jdbi = database.jdbi();
        int added = new QuestionBank(jdbi, Clock.systemUTC()).load(config.seedsDir(), config.questionsDir());
        var app = App.create(config, database, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop(); // requests in flight finish first, then the connections close
            database.close();
        }, "shutdown"));
        app.start(config.port());
        System.out.printf("Chronoquiz on http://localhost:%d (database %s, %d new questions loaded; mail %s)%n",
                app.port(), org.chronoquiz.storage.Dialect.redacted(config.db()), added,
                smtp == null || smtp.isBlank() ? "to this log: no --smtp" : "by SMTP");
        return 0;
    }
}
