package org.chronoquiz.articles;

import org.chronoquiz.dates.DateWording;
import org.chronoquiz.timex.Reading;
import org.chronoquiz.timex.Sentence;
import org.chronoquiz.timex.Timex;
import org.chronoquiz.timex.TimexType;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text cut into what a page shows: its lines (paragraphs), their sentences, and inside those the
 * dated expressions the extractor found, each with the date it was read as. Every character of the text is in
 * exactly one piece, so the page shows the article as written; templates escape each piece.
 *
 * <p>Anchors: a sentence is {@code s-N} (its index in the reading), a dated expression {@code d-START} (its
 * offset in the text, which is what a question's source records).
 */
public record MarkedText(List<Line> lines, List<Sentence> sentences) {

    /** A run of text: plain, or a dated expression ({@code date} set) starting at {@code start}. */
    public record Piece(String text, int start, String date) {
        public boolean dated() {
            return date != null;
        }
    }

    /** A sentence (index {@code sentence}), or text between sentences ({@code sentence} is -1: a dateline). */
    public record Chunk(int sentence, List<Piece> pieces) {
    }

    public record Line(List<Chunk> chunks) {
    }

    public static MarkedText of(String text, Reading reading) {
        List<Timex> dated = reading.timexes().stream()
                .filter(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME).toList();
        List<Sentence> sentences = reading.sentences();
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                lines.add(line(text, lineStart, lineEnd, sentences, dated));
            }
            lineStart = lineEnd + 1;
        }
        return new MarkedText(List.copyOf(lines), sentences);
    }

    private static Line line(String text, int from, int to, List<Sentence> sentences, List<Timex> dated) {
        List<Chunk> chunks = new ArrayList<>();
        int at = from;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.end() <= from || s.start() >= to) {
                continue;
            }
            if (s.start() > at) {
                chunks.add(new Chunk(-1, pieces(text, at, s.start(), dated)));
            }
            chunks.add(new Chunk(i, pieces(text, Math.max(at, s.start()), Math.min(to, s.end()), dated)));
            at = Math.min(to, s.end());
        }
        if (at < to) {
            chunks.add(new Chunk(-1, pieces(text, at, to, dated)));
        }
        return new Line(List.copyOf(chunks));
    }

    private static List<Piece> pieces(String text, int from, int to, List<Timex> dated) {
        List<Piece> pieces = new ArrayList<>();
        int at = from;
        for (Timex t : dated) {
            if (t.start() < at || t.end() > to) {
                continue; // outside this run, or straddling its edge: shown plain rather than cut
            }
            if (t.start() > at) {
                pieces.add(new Piece(text.substring(at, t.start()), at, null));
            }
            String reading = t.date().map(DateWording::format).orElse(t.value());
            pieces.add(new Piece(text.substring(t.start(), t.end()), t.start(), reading));
            at = t.end();
        }
        if (at < to) {
            pieces.add(new Piece(text.substring(at, to), at, null));
        }
        return List.copyOf(pieces);
    }

    /** The index of the sentence holding {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }
}
