package org.chronoquiz.formats;

import java.util.regex.Pattern;

/** The little HTML that card fields hold: escaped text with {@code <br>} for line breaks. */
final class Html {
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "<br>");
    }

    /** A field's text: comments and tags dropped, {@code <br>} a line break, entities read. */
    static String text(String html) {
        String t = COMMENT.matcher(html).replaceAll("");
        t = BREAK.matcher(t).replaceAll("\n");
        t = TAG.matcher(t).replaceAll("");
        return t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").trim();
    }
}
