package org.chronoquiz.authoring;

import org.chronoquiz.articles.MarkedText;
import org.chronoquiz.questions.Question;
import org.chronoquiz.timex.Sentence;

/**
 * A question as the review page shows it: its source sentence cut around the date it asks about, so the
 * instructor sees at a glance which expression the key was read from. {@code sentence} is -1 without a source.
 */
public record DraftView(Question question, int sentence, String before, String date, String after) {

    static DraftView of(Question q, String text, MarkedText marked) {
        Integer start = q.sourceStart();
        Integer end = q.sourceEnd();
        int index = start == null ? -1 : marked.sentenceAt(start);
        if (index < 0 || end == null || end > text.length()) {
            return new DraftView(q, -1, q.sourceSentence() == null ? "" : q.sourceSentence(), "", "");
        }
        Sentence s = marked.sentences().get(index);
        int to = Math.min(end, s.end());
        return new DraftView(q, index, text.substring(s.start(), start), text.substring(start, to),
                text.substring(to, s.end()));
    }
}
