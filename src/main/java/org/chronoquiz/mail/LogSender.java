package org.chronoquiz.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where mail goes when no SMTP server is set (one command on a laptop): into the server's log, whole, so the
 * person running it can follow a sign-up or reset link from the console.
 */
public final class LogSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(LogSender.class);

    @Override
    public void send(Mail mail) {
        LOG.info("Mail to {} (no SMTP server set; --smtp sends it):\nSubject: {}\n\n{}", mail.to(), mail.subject(),
                mail.body());
    }
}
