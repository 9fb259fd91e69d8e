package org.chronoquiz.quizzes;

import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionDao;
import org.chronoquiz.questions.QuestionMapper;
import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;
import java.util.Optional;

/**
 * What a quiz page reads (the quiz, its questions in order, its answers, each question as answered), with mappers of
 * their own: through the SQL objects, each call resolved its method and specialised a constructor mapper by reflection,
 * and a page made a dozen such calls, one per question (now the questions come in one statement, and only a version
 * an edit replaced is read on its own). The SQL is {@link QuizDao}'s and {@link QuestionDao}'s.
 */
final class QuizReads {
    private static final RowMapper<Quiz> QUIZ = (rs, ctx) -> {
        long finished = rs.getLong("finished_at");
        Long finishedAt = rs.wasNull() ? null : finished;
        return new Quiz(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("deck_id"), rs.getString("deck_title"),
                rs.getInt("size"), rs.getLong("started_at"), finishedAt, rs.getInt("answered"), rs.getDouble("score"));
    };
    private static final RowMapper<AnswerRecord> ANSWER = (rs, ctx) -> new AnswerRecord(rs.getLong("question_id"),
            rs.getInt("question_version"), rs.getString("given"), rs.getDouble("credit"), rs.getLong("answered_at"));
    private static final RowMapper<Question> QUESTION = new QuestionMapper();

    Optional<Quiz> quiz(Handle h, long id) {
        return h.createQuery(QuizDao.BY_ID).bind("id", Args.of(id)).map(QUIZ).findOne();
    }

    List<AnswerRecord> answers(Handle h, long quizId) {
        return h.createQuery(QuizDao.ANSWERS).bind("quizId", Args.of(quizId)).map(ANSWER).list();
    }

    /** The quiz's questions as they are now, in order. */
    List<Question> questions(Handle h, long quizId) {
        return h.createQuery(QuizDao.QUESTIONS).bind("quizId", Args.of(quizId)).map(QUESTION).list();
    }

    Optional<Question> version(Handle h, long id, int version) {
        return h.createQuery(QuestionDao.VERSION).bind("id", Args.of(id)).bind("version", Args.of(version))
                .map(QUESTION).findOne();
    }
}
