package org.chronoquiz.quizzes;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(Quiz.class)
@RegisterConstructorMapper(AnswerRecord.class)
public interface QuizDao {
    String SELECT = """
            SELECT z.id, z.user_id, z.deck_id, d.title AS deck_title, z.size, z.started_at, z.finished_at,
                   (SELECT count(*) FROM answers a WHERE a.quiz_id = z.id) AS answered,
                   (SELECT coalesce(sum(a.credit), 0) FROM answers a WHERE a.quiz_id = z.id) AS score
            FROM quizzes z JOIN decks d ON d.id = z.deck_id
            """;

    @SqlUpdate("INSERT INTO quizzes (user_id, deck_id, size, started_at) VALUES (:userId, :deckId, :size, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("userId") long userId, @Bind("deckId") long deckId, @Bind("size") int size, @Bind("now") long now);

    @SqlUpdate("INSERT INTO quiz_items (quiz_id, position, question_id) VALUES (:quizId, :position, :questionId)")
    void insertItem(@Bind("quizId") long quizId, @Bind("position") int position, @Bind("questionId") long questionId);

    String BY_ID = SELECT + " WHERE z.id = :id";
    String QUESTION_IDS = "SELECT question_id FROM quiz_items WHERE quiz_id = :quizId ORDER BY position";
    /** The quiz's questions as they are now, in the quiz's order: one statement for the page, not one per question. */
    String QUESTIONS = """
            SELECT q.* FROM quiz_items i JOIN questions q ON q.id = i.question_id
            WHERE i.quiz_id = :quizId ORDER BY i.position""";
    String ANSWERS = """
            SELECT question_id, question_version, given, credit, answered_at FROM answers
            WHERE quiz_id = :quizId ORDER BY answered_at, id""";

    @SqlQuery(BY_ID)
    Optional<Quiz> findById(@Bind("id") long id);

    @SqlQuery(QUESTION_IDS)
    List<Long> questionIds(@Bind("quizId") long quizId);

    @SqlQuery(ANSWERS)
    List<AnswerRecord> answers(@Bind("quizId") long quizId);

    @SqlUpdate("""
            INSERT INTO answers (quiz_id, question_id, question_version, given, credit, answered_at)
            VALUES (:quizId, :questionId, :version, :given, :credit, :now)""")
    void insertAnswer(@Bind("quizId") long quizId, @Bind("questionId") long questionId, @Bind("version") int version,
                      @Bind("given") String given,
                      @Bind("credit") double credit, @Bind("now") long now);

    @SqlUpdate("UPDATE quizzes SET finished_at = :now WHERE id = :id AND finished_at IS NULL")
    void finish(@Bind("id") long id, @Bind("now") long now);

    /** The learner's quizzes, newest first. */
    @SqlQuery(SELECT + " WHERE z.user_id = :userId ORDER BY z.started_at DESC, z.id DESC")
    List<Quiz> byUser(@Bind("userId") long userId);
}
