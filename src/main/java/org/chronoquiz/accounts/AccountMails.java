package org.chronoquiz.accounts;

import org.chronoquiz.mail.Mail;
import org.chronoquiz.mail.MailSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The words of the mail accounts send. Each says who asked (someone, perhaps you), what the link does and for how
 * long, and that ignoring it changes nothing: the reader may not be the person who typed the address.
 */
final class AccountMails {
    private final MailSettings settings;

    AccountMails(MailSettings settings) {
        this.settings = settings;
    }

    Mail finishSignup(String email, String token) {
        return new Mail(email, "Finish signing up to Chronoquiz", """
                Someone, probably you, asked for a Chronoquiz account for this address.

                To finish signing up, open this link within 24 hours:
                %s

                If it was not you, ignore this mail: no account is made without the link.
                """.formatted(settings.link("/signup/confirm?token=" + encode(token))));
    }

    Mail alreadySignedUp(String email) {
        return new Mail(email, "You already have a Chronoquiz account", """
                Someone, probably you, tried to sign up to Chronoquiz with this address, which already has an account.

                Log in: %s
                Forgotten the password? Choose a new one: %s

                If it was not you, ignore this mail: your account is unchanged.
                """.formatted(settings.link("/login"), settings.link("/password/forgot")));
    }

    Mail resetPassword(String email, String token) {
        return new Mail(email, "Choose a new Chronoquiz password", """
                Someone, probably you, asked to change the password of the Chronoquiz account for this address.

                To choose a new one, open this link within an hour:
                %s

                If it was not you, ignore this mail: your password stays as it is.
                """.formatted(settings.link("/password/reset?token=" + encode(token))));
    }

    Mail noAccount(String email) {
        return new Mail(email, "Chronoquiz password reset", """
                Someone, probably you, asked to reset the password of a Chronoquiz account for this address, but no
                account uses it. Perhaps you signed up with another address.

                To make an account with this one: %s

                If it was not you, ignore this mail.
                """.formatted(settings.link("/signup")));
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
