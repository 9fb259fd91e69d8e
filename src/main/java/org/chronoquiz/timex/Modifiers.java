package org.chronoquiz.timex;

/**
 * Words in front of a date that narrow it without changing its value: "early October 2019"
 * (mod START), "late November" (END), "mid-1996" (MID), "the end of 1990", "fiscal 1989",
 * "around 7:15 p.m." (APPROX). TimeBank includes them in the extent.
 */
final class Modifiers {

    /**
     * @param end token index where the modified expression starts
     * @param mod TIMEX3 mod, or null when the prefix only belongs to the extent
     */
    record Prefix(int end, String mod) {
    }

    /** The modifier phrase starting at token i, or null. */
    Prefix at(DocumentScan s, int i) {
        String w = s.lower(i);
        switch (w) {
            case "early":
                return new Prefix(hyphenated(s, i), "START");
            case "late":
                return new Prefix(hyphenated(s, i), "END");
            case "mid":
                return new Prefix(s.lower(i + 1).equals("-") ? i + 2 : i + 1, "MID");
            case "fiscal":
                return new Prefix(i + 1, null);
            case "around", "about", "approximately", "roughly":
                return new Prefix(i + 1, "APPROX");
            case "the":
                return edge(s, i);
            default:
                return null;
        }
    }

    private static int hyphenated(DocumentScan s, int i) {
        return s.lower(i + 1).equals("-") && s.attached(i + 1) ? i + 2 : i + 1;
    }

    /** "the end of", "the beginning of", "the middle of", "the start of", "the close of". */
    private Prefix edge(DocumentScan s, int i) {
        if (!s.lower(i + 2).equals("of")) {
            return null;
        }
        String mod = switch (s.lower(i + 1)) {
            case "end" -> "END";
            case "beginning", "start" -> "START";
            case "middle" -> "MID";
            default -> null;
        };
        return mod == null ? null : new Prefix(i + 3, mod);
    }
}
