package org.chronoquiz;

import org.chronoquiz.mail.Mail;
import org.chronoquiz.mail.MailSender;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The far side of the mail server in the HTTP tests: what the service handed over, after its outbox and delivery
 * ran for real. Delivery is asynchronous, so readers wait a little for a mail to arrive.
 */
public final class TestMailbox implements MailSender {
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S*)");
    private final List<Mail> received = new ArrayList<>();

    @Override
    public synchronized void send(Mail mail) {
        received.add(mail);
        notifyAll();
    }

    /** Every mail to this address so far, oldest first. */
    public synchronized List<Mail> to(String email) {
        return received.stream().filter(m -> m.to().equals(email)).toList();
    }

    /** The {@code n}th mail to this address (1 the first), waiting up to ten seconds for it. */
    public synchronized Mail await(String email, int n) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (to(email).size() < n) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no mail #" + n + " to " + email + "; received: " + received);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return to(email).get(n - 1);
    }

    /**
     * The first link to {@code path} in a mail to this address after its first {@code skip} mails, waiting up to
     * ten seconds for one (other mail, such as a class invitation, may arrive in between).
     */
    public synchronized String awaitLink(String email, int skip, String path) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            List<Mail> mails = to(email);
            for (Mail m : mails.subList(Math.min(skip, mails.size()), mails.size())) {
                if (LINK.matcher(m.body()).results().anyMatch(r -> r.group(1).startsWith(path))) {
                    return link(m, path);
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no mail with a link to " + path + " for " + email + "; received: " + received);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The path and query of the first link in a mail that goes to {@code path}, for a test client to follow. */
    public static String link(Mail mail, String path) {
        Matcher m = LINK.matcher(mail.body());
        while (m.find()) {
            if (m.group(1).startsWith(path)) {
                return m.group(1);
            }
        }
        throw new AssertionError("no link to " + path + " in: " + mail.body());
    }
}
