package org.chronoquiz.results;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;

/** The rows the instructor's results are worked out from; the statistics themselves are computed in Java. */
public interface ResultsDao {
    /**
     * Whose work a viewer may see, as a condition on a user id column: with {@code :all} (an admin) everyone, else
     * the learners of the viewer's own classes; {@code :classId} other than 0 narrows to that class.
     */
    String MEMBERS = """
             IN (SELECT m.user_id FROM class_members m JOIN classes c ON c.id = m.class_id
                 WHERE (:all OR c.instructor_id = :viewer) AND (:classId = 0 OR c.id = :classId)))
            """;

    /** The viewer and class filter of {@link #MEMBERS}. */
    record Audience(long viewer, boolean all, long classId) {
    }

    /** One answer in a quiz on the deck, with whose quiz it was and when it started. */
    record AnswerRow(long userId, long quizId, long startedAt, long questionId, double credit, String given) {
    }

    /** Cards on one question across learners: how many learners started it, their mean FSRS difficulty. */
    record CardRow(long questionId, int learners, Double difficulty) {
    }

    /** Review-phase reviews of one question's cards, and how many were not rated Again. */
    record RetentionRow(long questionId, int reviews, int recalled) {
    }

    /** One learner's work on one deck. */
    record LearnerRow(long userId, String email, long deckId, String deckTitle, int quizzes, Double meanScore,
                      int cardsStarted, int reviews) {
    }

    @SqlQuery("""
            SELECT z.user_id, z.id AS quiz_id, z.started_at, a.question_id, a.credit, a.given
            FROM answers a JOIN quizzes z ON z.id = a.quiz_id
            WHERE z.deck_id = :deckId AND ((:all AND :classId = 0) OR z.user_id""" + MEMBERS + """
            ORDER BY z.started_at, z.id""")
    @RegisterConstructorMapper(AnswerRow.class)
    List<AnswerRow> answers(@Bind("deckId") long deckId, @org.jdbi.v3.sqlobject.customizer.BindMethods Audience audience);

    @SqlQuery("""
            SELECT c.question_id, count(*) AS learners, avg(c.difficulty) AS difficulty
            FROM cards c JOIN questions q ON q.id = c.question_id
            WHERE q.deck_id = :deckId AND c.phase <> 'NEW' AND ((:all AND :classId = 0) OR c.user_id""" + MEMBERS + """
            GROUP BY c.question_id""")
    @RegisterConstructorMapper(CardRow.class)
    List<CardRow> cards(@Bind("deckId") long deckId, @org.jdbi.v3.sqlobject.customizer.BindMethods Audience audience);

    @SqlQuery("""
            SELECT c.question_id, count(*) AS reviews, sum(CASE WHEN r.rating > 1 THEN 1 ELSE 0 END) AS recalled
            FROM reviews r JOIN cards c ON c.id = r.card_id JOIN questions q ON q.id = c.question_id
            WHERE q.deck_id = :deckId AND r.before_phase = 'REVIEW' AND ((:all AND :classId = 0) OR r.user_id""" + MEMBERS + """
            GROUP BY c.question_id""")
    @RegisterConstructorMapper(RetentionRow.class)
    List<RetentionRow> retention(@Bind("deckId") long deckId, @org.jdbi.v3.sqlobject.customizer.BindMethods Audience audience);

    /**
     * Every learner with any quiz or started card, per deck: finished quizzes and their mean score (credit over
     * size), cards started and reviews done.
     */
    @SqlQuery("""
            SELECT u.id AS user_id, u.email, d.id AS deck_id, d.title AS deck_title,
                   (SELECT count(*) FROM quizzes z WHERE z.user_id = u.id AND z.deck_id = d.id
                      AND z.finished_at IS NOT NULL) AS quizzes,
                   (SELECT avg(s.score) FROM (SELECT sum(a.credit) / z.size AS score FROM quizzes z
                      JOIN answers a ON a.quiz_id = z.id
                      WHERE z.user_id = u.id AND z.deck_id = d.id AND z.finished_at IS NOT NULL GROUP BY z.id) s) AS mean_score,
                   (SELECT count(*) FROM cards c JOIN questions q ON q.id = c.question_id
                      WHERE c.user_id = u.id AND q.deck_id = d.id AND c.phase <> 'NEW') AS cards_started,
                   (SELECT count(*) FROM reviews r JOIN cards c ON c.id = r.card_id JOIN questions q ON q.id = c.question_id
                      WHERE r.user_id = u.id AND q.deck_id = d.id) AS reviews
            FROM users u CROSS JOIN decks d
            WHERE u.role = 'learner' AND ((:all AND :classId = 0) OR u.id""" + MEMBERS + """
              AND (
                  EXISTS (SELECT 1 FROM quizzes z WHERE z.user_id = u.id AND z.deck_id = d.id)
               OR EXISTS (SELECT 1 FROM cards c JOIN questions q ON q.id = c.question_id
                          WHERE c.user_id = u.id AND q.deck_id = d.id AND c.phase <> 'NEW'))
            ORDER BY u.email, d.id""")
    @RegisterConstructorMapper(LearnerRow.class)
    List<LearnerRow> learners(@org.jdbi.v3.sqlobject.customizer.BindMethods Audience audience);
}
