package org.chronoquiz.mail;

import java.net.URI;
import java.time.Clock;

/**
 * How mail leaves this instance and where its links point.
 *
 * @param smtp    an SMTP server URL ({@link SmtpSender}), or null to write mail to the log
 * @param from    the sender's address
 * @param baseUrl what learners type to reach the service ({@code https://quiz.example.org}); links in mail are
 *                built on it, never on a request's Host header, which anyone can set
 */
public record MailSettings(String smtp, String from, String baseUrl) {
    public static final String DEFAULT_FROM = "Chronoquiz <chronoquiz@localhost>";

    public MailSettings {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--base-url: not a URL: " + baseUrl);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || (uri.getRawQuery() != null) || (uri.getRawFragment() != null)) {
            throw new IllegalArgumentException("--base-url: expected http(s)://host[:port][/path], got " + baseUrl);
        }
        baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The log for mail, links to localhost on this port: one command on a laptop. */
    public static MailSettings local(int port) {
        return new MailSettings(null, DEFAULT_FROM, "http://localhost:" + port);
    }

    public MailSender sender(Clock clock) {
        return smtp == null || smtp.isBlank() ? new LogSender() : SmtpSender.of(smtp, from, clock);
    }

    /** The absolute address of a path of this service, for a mail. */
    public String link(String pathAndQuery) {
        return baseUrl + pathAndQuery;
    }
}
