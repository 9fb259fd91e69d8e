package org.chronoquiz.accounts;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.chronoquiz.support.InvalidInput;

import java.util.List;
import java.util.Locale;

/**
 * Which passwords an account may have: at least 12 characters (a passphrase of a few words is the easy way),
 * not built from the email, and not guessable by zxcvbn's estimate (common passwords, keyboard runs, repeats,
 * dictionary words with digits), whose own advice the refusal passes on.
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 1000;
    /** zxcvbn's 0-4 score: 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
    static final int MIN_SCORE = 3;
    /** zxcvbn's work grows with length; past this a password is long enough that its tail cannot weaken it. */
    private static final int MEASURED = 100;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput("password", "Use at least " + MIN_LENGTH + " characters; a few words make a good one.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInput("password", "Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (lower.contains(email) || (local.length() >= 4 && lower.contains(local))) {
            throw new InvalidInput("password", "Do not use your email address in the password.");
        }
        Strength strength = zxcvbn.measure(password.substring(0, Math.min(MEASURED, password.length())),
                List.of(email, local, "chronoquiz"));
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning();
            throw new InvalidInput("password", "This password is too easy to guess"
                    + (warning == null || warning.isEmpty() ? "" : ": " + warning.replaceAll("\\.$", ""))
                    + ". Try a few unrelated words.");
        }
    }
}
