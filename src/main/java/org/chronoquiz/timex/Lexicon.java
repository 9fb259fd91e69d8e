package org.chronoquiz.timex;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Immutable word tables shared by the patterns: month and weekday names, number words, units. */
final class Lexicon {

    /** Calendar units a duration or a relative expression can count in. */
    enum Unit {
        SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false),
        MONTH("M", false), QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

        final String letter;
        final boolean timeOfDay;

        Unit(String letter, boolean timeOfDay) {
            this.letter = letter;
            this.timeOfDay = timeOfDay;
        }
    }

    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final Map<String, Integer> numbers;
    private final Map<String, Integer> ordinals;
    private final Map<String, Unit> units;
    private final Map<String, String> seasons;
    private final Map<String, String> partsOfDay;
    private final Set<String> vagueCounts = Set.of("several", "few", "many", "some", "couple", "numerous");

    Lexicon() {
        Map<String, Integer> m = new HashMap<>();
        String[][] monthNames = {
            {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int i = 0; i < monthNames.length; i++) {
            for (String name : monthNames[i]) {
                m.put(name, i + 1);
            }
        }
        months = Map.copyOf(m);

        Map<String, Integer> w = new HashMap<>();
        String[][] dayNames = {
            {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"}, {"thursday", "thu", "thurs"},
            {"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"}};
        for (int i = 0; i < dayNames.length; i++) {
            for (String name : dayNames[i]) {
                w.put(name, i + 1);
            }
        }
        weekdays = Map.copyOf(w);

        Map<String, Integer> n = new HashMap<>();
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < ones.length; i++) {
            n.put(ones[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            n.put(tens[i], 20 + 10 * i);
        }
        n.put("a", 1);
        n.put("an", 1);
        n.put("hundred", 100);
        n.put("dozen", 12);
        numbers = Map.copyOf(n);

        Map<String, Integer> o = new HashMap<>();
        String[] ords = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < ords.length; i++) {
            o.put(ords[i], i + 1);
        }
        ordinals = Map.copyOf(o);

        Map<String, Unit> u = new HashMap<>();
        for (Unit unit : Unit.values()) {
            String base = unit.name().toLowerCase(java.util.Locale.ROOT);
            u.put(base, unit);
            u.put(base + "s", unit);
        }
        u.put("centuries", Unit.CENTURY);
        u.put("mins", Unit.MINUTE);
        u.put("hrs", Unit.HOUR);
        units = Map.copyOf(u);

        seasons = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
        partsOfDay = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");
    }

    Integer month(String lower) {
        return months.get(lower);
    }

    /** ISO day of week, Monday = 1. */
    Integer weekday(String lower) {
        return weekdays.get(lower);
    }

    Integer numberWord(String lower) {
        return numbers.get(lower);
    }

    Integer ordinal(String lower) {
        return ordinals.get(lower);
    }

    Unit unit(String lower) {
        return units.get(lower);
    }

    String season(String lower) {
        return seasons.get(lower);
    }

    String partOfDay(String lower) {
        return partsOfDay.get(lower);
    }

    boolean isVagueCount(String lower) {
        return vagueCounts.contains(lower);
    }

    static boolean isPlural(String lower) {
        return lower.endsWith("s") || lower.equals("centuries");
    }
}
