package org.chronoquiz.accounts;

/** A request refused by a throttle: answered 429 with Retry-After, the form kept. */
public final class TooManyRequests extends RuntimeException {
    private final long seconds;

    public TooManyRequests(long seconds) {
        super("Too many attempts. Wait " + seconds + (seconds == 1 ? " second" : " seconds") + " and try again.",
                null, false, false);
        this.seconds = seconds;
    }

    public long seconds() {
        return seconds;
    }
}
