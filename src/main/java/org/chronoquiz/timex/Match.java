package org.chronoquiz.timex;

/**
 * A pattern's result: tokens [from, to) and the normalised value.
 *
 * @param from first token index
 * @param to   token index just past the last token
 */
record Match(int from, int to, TimexType type, String value, String mod) {

    static Match date(int from, int to, String value) {
        return new Match(from, to, TimexType.DATE, value, null);
    }

    Match withMod(String newMod) {
        return new Match(from, to, type, value, newMod);
    }

    Match withFrom(int newFrom) {
        return new Match(newFrom, to, type, value, mod);
    }
}
