package org.chronoquiz;

import org.chronoquiz.mail.MailSettings;

import java.nio.file.Path;

/**
 * How one instance runs.
 *
 * @param db   a SQLite file path or a JDBC URL
 * @param dev  re-read templates on every request
 * @param secureCookies mark cookies Secure: on when the service is reached over HTTPS (behind a proxy)
 * @param mail how sign-up and password-reset mail leaves, and the address its links point to
 */
public record Config(int port, String db, Path templatesDir, Path seedsDir, Path questionsDir, boolean dev,
                     boolean secureCookies, MailSettings mail) {
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DB = "data/chronoquiz.db";

    /** Folders relative to the working directory, as laid out in the repository. */
    public static Config of(int port, String db) {
        return new Config(port, db, Path.of("templates"), Path.of("seeds"), Path.of("questions"), false, false,
                MailSettings.local(port));
    }
}
