package org.chronoquiz.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;

/**
 * Sends through an SMTP server named by a URL: {@code smtp://host:587} (STARTTLS required: credentials and reset
 * links never cross the network in the clear), {@code smtps://host:465} (TLS from the start), or
 * {@code smtp+plain://host:25} for a relay on the same machine or a test server. A user and password, if any,
 * ride in the URL's user part, percent-encoded.
 */
public final class SmtpSender implements MailSender {
    private static final int TIMEOUT_MS = 20_000;

    private final Session session;
    private final String user;
    private final String password;
    private final InternetAddress from;
    private final Clock clock;

    private SmtpSender(Session session, String user, String password, InternetAddress from, Clock clock) {
        this.session = session;
        this.user = user;
        this.password = password;
        this.from = from;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException naming what is wrong with the URL or the sender's address */
    public static SmtpSender of(String url, String from, Clock clock) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--smtp: not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("smtp") || scheme.equals("smtps") || scheme.equals("smtp+plain"))) {
            throw new IllegalArgumentException("--smtp: expected smtp://host:port, smtps://host:port or "
                    + "smtp+plain://host:port, got a URL without a host or with another scheme");
        }
        String protocol = scheme.equals("smtps") ? "smtps" : "smtp";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        String p = "mail." + protocol + ".";
        props.put(p + "host", uri.getHost());
        props.put(p + "port", Integer.toString(uri.getPort() > 0 ? uri.getPort()
                : scheme.equals("smtps") ? 465 : scheme.equals("smtp") ? 587 : 25));
        props.put(p + "connectiontimeout", Integer.toString(TIMEOUT_MS));
        props.put(p + "timeout", Integer.toString(TIMEOUT_MS));
        props.put(p + "writetimeout", Integer.toString(TIMEOUT_MS));
        if (scheme.equals("smtp")) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (!scheme.equals("smtp+plain")) {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
            props.put(p + "auth", "true");
        }
        InternetAddress sender;
        try {
            sender = new InternetAddress(from, true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("--mail-from: not an address: " + from);
        }
        return new SmtpSender(Session.getInstance(props), user, password, sender, clock);
    }

    @Override
    public void send(Mail mail) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date(clock.millis()));
        if (user == null) {
            Transport.send(message);
        } else {
            Transport.send(message, user, password);
        }
    }
}
