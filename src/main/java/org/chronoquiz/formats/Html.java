package org.chronoquiz.formats;

import java.util.regex.Matcher;
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

    /** A field's text: comments and tags dropped, {@code <br>} and a paragraph's end a line break, entities read. */
    static String text(String html) {
        String t = COMMENT.matcher(html).replaceAll("");
        t = BREAK.matcher(t).replaceAll("\n");
        t = BLOCK_END.matcher(t).replaceAll("\n");
        t = TAG.matcher(t).replaceAll("");
        t = t.replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'");
        Matcher n = NUMERIC.matcher(t);
        StringBuilder out = new StringBuilder();
        while (n.find()) {
            int code = n.group(1) != null ? Integer.parseInt(n.group(1)) : Integer.parseInt(n.group(2), 16);
            String c = Character.isValidCodePoint(code) ? Character.toString(code) : n.group();
            n.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        n.appendTail(out);
        return out.toString().replace('\u00a0', ' ').replace("&amp;", "&").replaceAll("[ \t]+\n", "\n").trim();
    }

    /** The text of HTML that is one line of ours (a prompt, a choice): every break and run of spaces one space. */
    static String inline(String html) {
        return text(html).replaceAll("\\s+", " ");
    }

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|li|h[1-6])>");
    /** "&#8217;", "&#x2019;": digits, bounded so that no huge number is parsed. */
    private static final Pattern NUMERIC = Pattern.compile("&#(?:(\\d{1,7})|[xX]([0-9a-fA-F]{1,6}));");
}
