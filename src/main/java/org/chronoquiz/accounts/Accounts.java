package org.chronoquiz.accounts;

import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.Tokens;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Sign-up, log-in, sessions and API tokens: what the pages, the API and the {@code user} command share. */
public final class Accounts {
    public static final Set<String> ROLES = Set.of("learner", "instructor", "admin");
    static final Duration SESSION_LIFETIME = Duration.ofDays(30);
    /** A visitor's session exists only to carry the CSRF token of a log-in or sign-up form. */
    static final Duration ANONYMOUS_LIFETIME = Duration.ofDays(1);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Jdbi jdbi;
    private final Passwords passwords;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final Tokens tokens;
    private final Clock clock;
    private final Visitors visitors = new Visitors();

    public Accounts(Jdbi jdbi, Passwords passwords, Tokens tokens, Clock clock) {
        this.jdbi = jdbi;
        this.passwords = passwords;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Creates an account; the email is stored lower-case so that log-in is case-insensitive. */
    public User create(String email, String password, String role) {
        String normalized = email(email, "email");
        policy.check(password, normalized);
        if (!ROLES.contains(role)) {
            throw new InvalidInput("role", "The role must be learner, instructor or admin.");
        }
        String hash = passwords.hash(password);
        return jdbi.inTransaction(h -> {
            UserDao users = h.attach(UserDao.class);
            if (users.findByEmail(normalized).isPresent()) {
                throw new InvalidInput("email", "An account with this email already exists.");
            }
            long id = users.insert(normalized, hash, role, clock.millis());
            return users.findById(id).orElseThrow();
        });
    }

    /**
     * An email address as accounts store it (trimmed, lower case), or an {@link InvalidInput} on {@code field}.
     * Checked for length first: the pattern backtracks, and a 90,000-character "email" once cost 16 s of CPU;
     * control and bidirectional-override characters are no part of an address.
     */
    public static String email(String typed, String field) {
        if (typed != null && typed.length() > 1000) { // before normalising: NFC of a huge string is free work
            throw new InvalidInput(field, (field.equals("email") ? "This" : "That") + " is not an email address.");
        }
        String normalized = typed == null ? "" : lookupKey(typed);
        if (normalized.isEmpty()) {
            throw new InvalidInput(field, "Enter an email address.");
        }
        if (normalized.length() > 254 || normalized.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT) || !EMAIL.matcher(normalized).matches()) {
            throw new InvalidInput(field, (field.equals("email") ? "This" : "“" + shorten(normalized) + "”")
                    + " is not an email address.");
        }
        return normalized;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** The account whose password this is, if any. Unknown emails cost a hash too, so timing tells nothing. */
    public Optional<User> authenticate(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        String normalized = lookupKey(email);
        UserDao users = jdbi.onDemand(UserDao.class);
        Optional<String> hash = users.passwordHash(normalized);
        if (hash.isEmpty() || password.length() > PasswordPolicy.MAX_LENGTH) {
            passwords.hash(password);
            return Optional.empty();
        }
        return passwords.matches(password, hash.get()) ? users.findByEmail(normalized) : Optional.empty();
    }

    public Optional<User> findByEmail(String email) {
        return jdbi.onDemand(UserDao.class).findByEmail(lookupKey(email));
    }

    /**
     * An address as typed, made what {@link #email} stores (trimmed, NFC so that an accented address typed on two
     * keyboards is one account, lower case), without its checks: for looking one up.
     */
    private static String lookupKey(String email) {
        return email.length() > 1000 ? "" : java.text.Normalizer.normalize(email.trim(), java.text.Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }

    public Optional<User> findById(long id) {
        return jdbi.onDemand(UserDao.class).findById(id);
    }

    /** Starts a session (anonymous when user is null) and returns the cookie value. */
    public String startSession(Long userId) {
        String token = tokens.newToken();
        long now = clock.millis();
        Duration lifetime = userId == null ? ANONYMOUS_LIFETIME : SESSION_LIFETIME;
        jdbi.useTransaction(h -> {
            SessionDao sessions = h.attach(SessionDao.class);
            sessions.deleteExpired(now); // the sweep: expired sessions go as new ones arrive
            sessions.insert(Tokens.hash(token), userId, tokens.newToken(), now, now + lifetime.toMillis());
        });
        return token;
    }

    public Optional<Session> session(String cookie) {
        return visit(cookie).map(Visitors.Visit::session);
    }

    /** The live session the cookie names, with its account (none when anonymous), read in one statement. */
    Optional<Visitors.Visit> visit(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> visitors.session(h, Tokens.hash(cookie), clock.millis()));
    }

    public void endSession(String cookie) {
        if (cookie != null) {
            jdbi.onDemand(SessionDao.class).delete(Tokens.hash(cookie));
        }
    }

    /** A new personal API token; only its hash is kept, so it is shown once. */
    public String issueApiToken(long userId) {
        String token = "cq_" + tokens.newToken();
        jdbi.onDemand(TokenDao.class).insert(userId, Tokens.hash(token), clock.millis());
        return token;
    }

    public Optional<User> userForApiToken(String token) {
        return jdbi.withHandle(h -> visitors.apiToken(h, Tokens.hash(token)));
    }
}
