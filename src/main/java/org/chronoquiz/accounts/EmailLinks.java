package org.chronoquiz.accounts;

import org.chronoquiz.mail.MailSettings;
import org.chronoquiz.mail.Outbox;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-up and password reset by mailed link, so that neither tells a visitor whether an address has an account:
 * a sign-up or a reset request gets the same answer, and costs the same work, for every well-formed address.
 * What differs goes only to the address itself, whose owner may know: a sign-up link or "you already have an
 * account"; a reset link or "no account uses this address". An account is made only when its link is
 * followed, so nobody can hold an address they cannot read.
 */
public final class EmailLinks {
    static final Duration SIGNUP_LIFETIME = Duration.ofHours(24);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);
    static final String EXPIRED = "This link has expired or has already been used.";

    private final Jdbi jdbi;
    private final Passwords passwords;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final Tokens tokens;
    private final Clock clock;
    private final Outbox outbox;
    private final AccountMails mails;
    private final LoginThrottle throttle;

    public EmailLinks(Jdbi jdbi, Passwords passwords, Tokens tokens, Clock clock, Outbox outbox, MailSettings mail,
                      LoginThrottle throttle) {
        this.throttle = throttle;
        this.jdbi = jdbi;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
        this.outbox = outbox;
        this.mails = new AccountMails(mail);
    }

    /**
     * Mails a link that makes the account, or, when the address has one, a note saying so. Bad input (an address
     * that is not one, a weak password) is refused before anything is looked up, so the refusal tells nothing.
     */
    public void requestSignup(String typedEmail, String password) {
        String email = Accounts.email(typedEmail, "email");
        policy.check(password, email);
        mailAllowed(email);
        String hash = passwords.hash(password); // hashed either way, so both answers take as long
        String token = tokens.newToken();
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            EmailLinkDao links = h.attach(EmailLinkDao.class);
            links.deleteExpired(now);
            if (h.attach(UserDao.class).findByEmail(email).isPresent()) {
                outbox.add(h, mails.alreadySignedUp(email));
            } else {
                links.insert(Tokens.hash(token), "signup", email, null, hash, now, now + SIGNUP_LIFETIME.toMillis());
                outbox.add(h, mails.finishSignup(email, token));
            }
        });
    }

    /** The address a live sign-up link would make an account for; reads only (a GET shows it). */
    public Optional<String> signupEmail(String token) {
        return live(token, "signup").map(EmailLinkDao.Link::email);
    }

    /** The address whose password a live reset link may change; reads only. */
    public Optional<String> resetEmail(String token) {
        return live(token, "reset").map(EmailLinkDao.Link::email);
    }

    /** Makes the account a sign-up link holds, once; every other link for its address is then void. */
    public User confirmSignup(String token) {
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            EmailLinkDao links = h.attach(EmailLinkDao.class);
            EmailLinkDao.Link link = find(links, token, "signup", now).orElseThrow(() -> new InvalidInput("token", EXPIRED));
            if (links.take(Tokens.hash(token), now) == 0) {
                throw new InvalidInput("token", EXPIRED);
            }
            UserDao users = h.attach(UserDao.class);
            links.deleteSignups(link.email());
            if (users.findByEmail(link.email()).isPresent()) { // another of its links was followed first
                throw new InvalidInput("token", "This address already has an account: log in instead.");
            }
            long id = users.insert(link.email(), link.passwordHash(), Role.LEARNER.stored(), now);
            return users.findById(id).orElseThrow();
        });
    }

    /** Mails a reset link to an address with an account, and a note to one without. Same answer either way. */
    public void requestReset(String typedEmail) {
        String email = Accounts.email(typedEmail, "email");
        mailAllowed(email);
        String token = tokens.newToken();
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            EmailLinkDao links = h.attach(EmailLinkDao.class);
            links.deleteExpired(now);
            Optional<User> user = h.attach(UserDao.class).findByEmail(email);
            if (user.isPresent()) {
                links.insert(Tokens.hash(token), "reset", email, user.get().id(), null, now,
                        now + RESET_LIFETIME.toMillis());
                outbox.add(h, mails.resetPassword(email, token));
            } else {
                outbox.add(h, mails.noAccount(email));
            }
        });
    }

    /**
     * Sets the password a reset link allows, once, and ends every session of the account: whoever knew the old
     * password is logged out. Its API tokens stay; they are revoked by their owner, not by a reset.
     */
    public User resetPassword(String token, String password) {
        long now = clock.millis();
        EmailLinkDao.Link link = live(token, "reset").orElseThrow(() -> new InvalidInput("token", EXPIRED));
        policy.check(password, link.email());
        String hash = passwords.hash(password);
        return jdbi.inTransaction(h -> {
            EmailLinkDao links = h.attach(EmailLinkDao.class);
            if (links.take(Tokens.hash(token), now) == 0) {
                throw new InvalidInput("token", EXPIRED);
            }
            long userId = link.userId();
            links.deleteResets(userId);
            h.attach(UserDao.class).updatePasswordHash(userId, hash);
            h.attach(SessionDao.class).deleteForUser(userId);
            return h.attach(UserDao.class).findById(userId).orElseThrow();
        });
    }

    /** A few mails to one address, then one every few minutes, whether or not it has an account. */
    private void mailAllowed(String email) {
        var wait = throttle.mailTo(email);
        if (wait.isPresent()) {
            throw new TooManyRequests(wait.getAsLong());
        }
    }

    private Optional<EmailLinkDao.Link> live(String token, String purpose) {
        return find(jdbi.onDemand(EmailLinkDao.class), token, purpose, clock.millis());
    }

    /** A token no link of ours could have (none, or longer than any we make) is not looked up. */
    private static Optional<EmailLinkDao.Link> find(EmailLinkDao links, String token, String purpose, long now) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return links.find(Tokens.hash(token), purpose, now);
    }
}
