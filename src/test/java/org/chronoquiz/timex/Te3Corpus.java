package org.chronoquiz.timex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TempEval-3 TimeML files the way {@code te3.py} does: the plain text of {@code <TEXT>} with tags
 * removed and entities decoded, the gold TIMEX3 spans as offsets into that text, and the DCT.
 * The data stays in ../shared; nothing of it is copied into the project.
 */
public final class Te3Corpus {

    public record Gold(int start, int end, String type, String value) {
    }

    public record Doc(String id, LocalDate dct, String text, List<Gold> gold) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
        "apos", "'");

    private Te3Corpus() {
    }

    /** All .tml files under {@code dir}, sorted by path as te3.py's glob does. */
    public static List<Doc> load(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Doc> docs = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                docs.add(parse(p));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Doc parse(Path path) throws IOException {
        String raw = Files.readString(path);
        Matcher dct = DCT.matcher(raw);
        Matcher body = TEXT.matcher(raw);
        if (!dct.find() || !body.find()) {
            throw new IllegalArgumentException("no DCT or TEXT in " + path);
        }
        String b = body.group(1);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(b);
        int pos = 0;
        int openStart = -1;
        String openType = null;
        String openValue = null;
        while (m.find()) {
            text.append(unescape(b.substring(pos, m.start())));
            pos = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                Matcher a = ATTR.matcher(m.group(3));
                openType = "";
                openValue = "";
                while (a.find()) {
                    if (a.group(1).equals("type")) {
                        openType = a.group(2);
                    } else if (a.group(1).equals("value")) {
                        openValue = a.group(2);
                    }
                }
                openStart = text.length();
            } else if (openStart >= 0) {
                gold.add(new Gold(openStart, text.length(), openType, openValue));
                openStart = -1;
            }
        }
        text.append(unescape(b.substring(pos)));
        String name = path.getFileName().toString();
        return new Doc(name.substring(0, name.length() - 4), LocalDate.parse(dct.group(1).substring(0, 10)),
            text.toString(), gold);
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String name = s.substring(i + 1, semi);
                String rep = ENTITIES.get(name);
                if (rep == null && name.startsWith("#")) {
                    int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                    rep = new String(Character.toChars(code));
                }
                if (rep != null) {
                    out.append(rep);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
