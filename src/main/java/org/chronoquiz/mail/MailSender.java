package org.chronoquiz.mail;

/** Hands a message to whatever carries it (an SMTP server, or the log when none is set). */
public interface MailSender {
    /** Returns once the carrier has taken the message; throws if it refused it or could not be reached. */
    void send(Mail mail) throws Exception;
}
