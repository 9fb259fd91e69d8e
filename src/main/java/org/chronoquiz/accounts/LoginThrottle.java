package org.chronoquiz.accounts;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Slows down password guessing. A failed log-in takes a token from its account's bucket (the email as typed,
 * lower-cased, whether or not an account has it, so a known and an unknown email are throttled alike) and from
 * its address's bucket; while either is empty, an attempt is refused before any password is checked, with the
 * time to wait. Successful log-ins take nothing: a classroom behind one address logs in together freely.
 * Sign-ups and reset requests take from buckets of their own per address, and the mail they send from one per
 * recipient.
 */
public final class LoginThrottle {
    /** A person who mistypes gets five tries, then one a minute. */
    static final BucketConfiguration PER_ACCOUNT = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(5).refillGreedy(1, Duration.ofMinutes(1))).build();
    /**
     * Guessing across accounts from one address: a hundred failures, then one every three seconds. Generous,
     * because a class behind one school address shares it, and while it is empty nobody there can log in.
     */
    static final BucketConfiguration PER_ADDRESS = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(100).refillGreedy(20, Duration.ofMinutes(1))).build();
    /** A class signing up together: fifty accounts, then one a minute. */
    static final BucketConfiguration SIGNUPS = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(50).refillGreedy(1, Duration.ofMinutes(1))).build();

    /**
     * Mail to one address (sign-up links, reset links, the notes sent instead): three, then one every ten
     * minutes, so nobody can bury an inbox in our mail. Known and unknown addresses alike.
     */
    static final BucketConfiguration MAIL_TO = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(3).refillGreedy(1, Duration.ofMinutes(10))).build();

    private final DatabaseBuckets buckets;

    public LoginThrottle(Jdbi jdbi, Clock clock) {
        this.buckets = new DatabaseBuckets(jdbi, clock);
    }

    /** Whether a log-in may be tried now: empty if so, else the seconds to wait. */
    public OptionalLong check(String email, String address) {
        OptionalLong byAddress = wait("address:" + address, PER_ADDRESS);
        return byAddress.isPresent() ? byAddress : wait(accountKey(email), PER_ACCOUNT);
    }

    /** Counts a failed log-in against the account and the address. */
    public void failed(String email, String address) {
        buckets.builder().build("address:" + address, () -> PER_ADDRESS).tryConsume(1);
        buckets.builder().build(accountKey(email), () -> PER_ACCOUNT).tryConsume(1);
    }

    /** Takes a sign-up; empty when allowed, else the seconds to wait. */
    public OptionalLong signup(String address) {
        return take("signup:" + address, SIGNUPS);
    }

    /** Takes a password-reset request from an address, on the sign-up terms; empty when allowed. */
    public OptionalLong resetRequest(String address) {
        return take("reset:" + address, SIGNUPS);
    }

    /**
     * Takes a mail to {@code email}, once what asked for it was found valid (a mistyped password costs no mail);
     * empty when allowed, else the seconds to wait.
     */
    public OptionalLong mailTo(String email) {
        return take("mail-to:" + accountKey(email).substring("account:".length()), MAIL_TO);
    }

    private OptionalLong take(String key, BucketConfiguration config) {
        ConsumptionProbe probe = buckets.builder().build(key, () -> config).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
    }

    private OptionalLong wait(String key, BucketConfiguration config) {
        var estimate = buckets.builder().build(key, () -> config).estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? OptionalLong.empty() : OptionalLong.of(seconds(estimate.getNanosToWaitForRefill()));
    }

    private static String accountKey(String email) {
        String account = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        // an email longer than any address is one key, not a way to fill the table with huge keys
        return "account:" + (account.length() > 254 ? account.substring(0, 254) : account);
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
