package org.chronoquiz.scheduling;

/**
 * The whole-day interval range fuzz may pick from (fsrs.md section 5; the same ranges as Anki's fuzz.rs).
 * Both ends inclusive.
 */
public record FuzzRange(int min, int max) {

    /**
     * @param interval    the unfuzzed interval in days
     * @param elapsedDays days since the last review; fuzz never schedules shorter than that (ts-fsrs)
     */
    public static FuzzRange of(int interval, int elapsedDays, int maximumInterval) {
        if (interval < 2.5) {
            return new FuzzRange(interval, interval);
        }
        double delta = 1.0 + 0.15 * Math.max(Math.min(interval, 7) - 2.5, 0)
                + 0.10 * Math.max(Math.min(interval, 20) - 7, 0)
                + 0.05 * Math.max(interval - 20, 0);
        int lo = (int) Math.max(2, Math.round(interval - delta));
        int hi = (int) Math.min(Math.round(interval + delta), maximumInterval);
        if (interval > elapsedDays) {
            lo = Math.max(lo, elapsedDays + 1);
        }
        return new FuzzRange(Math.min(lo, hi), hi);
    }

    public int size() {
        return max - min + 1;
    }

    /** The day for a uniform draw {@code u} in [0,1): floor, as ts-fsrs and Anki (py-fsrs's round can overshoot). */
    public int pick(double u) {
        return (int) Math.floor(u * size() + min);
    }
}
