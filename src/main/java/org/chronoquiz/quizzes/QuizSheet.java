package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A quiz with its questions in order and the answers given so far. */
public record QuizSheet(Quiz quiz, List<Question> questions, Map<Long, AnswerRecord> answers) {

    /** The first question not yet answered. */
    public Optional<Question> current() {
        return questions.stream().filter(q -> !answers.containsKey(q.id())).findFirst();
    }

    public int position(Question q) {
        return questions.indexOf(q) + 1;
    }
}
