package org.chronoquiz.authoring;

import org.chronoquiz.support.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tags as an instructor types them ("Syria treaties, 1980s"): lower-case words, space- or comma-separated. */
public final class Tags {
    public static final int MAX_TAGS = 20;
    private static final int MAX_TEXT = 1000;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_:.-]{1,40}");

    private Tags() {
    }

    public static List<String> read(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        if (typed.length() > MAX_TEXT) {
            throw new InvalidInput("tags", "Keep the tags under " + MAX_TEXT + " characters.");
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String t : typed.trim().split("[\\s,]+")) {
            String tag = t.toLowerCase(Locale.ROOT);
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidInput("tags", "“" + t + "” is not a tag: use letters, digits, - _ : . (at most 40).");
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInput("tags", "Use at most " + MAX_TAGS + " tags.");
        }
        return new ArrayList<>(tags);
    }
}
