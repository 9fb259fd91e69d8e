package org.chronoquiz.questions;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterRowMapper(QuestionMapper.class)
public interface QuestionDao {
    /** Inserts a question unless its deck already has one with that key: reloading the bank adds only what is new. */
    @SqlUpdate("""
            INSERT INTO questions (deck_id, qkey, type, prompt, answer, answer_value, choices, source_sentence,
                                   source_start, source_end, source_note, origin, status, created_at, updated_at)
            VALUES (:deckId, :key, :type, :prompt, :answer, :answerValue, :choices, :sentence,
                    :start, :end, :note, :origin, :status, :now, :now)
            ON CONFLICT (deck_id, qkey) DO NOTHING""")
    int insertIfAbsent(@Bind("deckId") long deckId, @Bind("key") String key, @Bind("type") String type,
                                  @Bind("prompt") String prompt, @Bind("answer") String answer,
                                  @Bind("answerValue") String answerValue, @Bind("choices") String choicesJson,
                                  @Bind("sentence") String sentence, @Bind("start") Integer start,
                                  @Bind("end") Integer end, @Bind("note") String note, @Bind("origin") String origin,
                                  @Bind("status") String status, @Bind("now") long now);

    @SqlUpdate("""
            INSERT INTO questions (deck_id, qkey, type, prompt, answer, answer_value, choices, source_sentence,
                                   source_start, source_end, origin, created_at, updated_at)
            VALUES (:deckId, :key, :type, :prompt, :answer, :answerValue, :choices, :sentence,
                    :start, :end, 'instructor', :now, :now)""")
    @GetGeneratedKeys("id")
    long insertAuthored(@Bind("deckId") long deckId, @Bind("key") String key, @Bind("type") String type,
                        @Bind("prompt") String prompt, @Bind("answer") String answer,
                        @Bind("answerValue") String answerValue, @Bind("choices") String choicesJson,
                        @Bind("sentence") String sentence, @Bind("start") Integer start, @Bind("end") Integer end,
                        @Bind("now") long now);

    @SqlQuery("SELECT * FROM questions WHERE deck_id = :deckId AND qkey = :key")
    Optional<Question> findByKey(@Bind("deckId") long deckId, @Bind("key") String key);

    @SqlQuery(BY_ID)
    Optional<Question> findById(@Bind("id") long id);

    /** The deck's questions in the order of the article, retired ones last. */
    @SqlQuery("SELECT * FROM questions WHERE deck_id = :deckId ORDER BY status = 'retired', source_start NULLS FIRST, id")
    List<Question> listByDeck(@Bind("deckId") long deckId);

    /**
     * The bank's filters; an empty string means "any". {@code like} is a LIKE pattern escaped with '!' (Jdbi's parser
     * reads a backslash as its own escape), matched on lower case: SQLite's LIKE ignores case, PostgreSQL's does not.
     */
    String SEARCH = """
            FROM questions q
            WHERE q.deck_id = :deckId
              AND (:type = '' OR q.type = :type)
              AND (:status = '' OR q.status = :status)
              AND (:like = '' OR lower(q.prompt) LIKE lower(:like) ESCAPE '!' OR lower(q.answer) LIKE lower(:like) ESCAPE '!')
              AND (:tag = '' OR EXISTS (SELECT 1 FROM question_tags t WHERE t.question_id = q.id AND t.tag = :tag))
            """;

    @SqlQuery("SELECT q.* " + SEARCH + " ORDER BY q.status = 'retired', q.source_start NULLS FIRST, q.id LIMIT :limit OFFSET :offset")
    List<Question> search(@Bind("deckId") long deckId, @Bind("type") String type, @Bind("status") String status,
                          @Bind("like") String like, @Bind("tag") String tag, @Bind("limit") int limit,
                          @Bind("offset") int offset);

    @SqlQuery("SELECT count(*) " + SEARCH)
    int count(@Bind("deckId") long deckId, @Bind("type") String type, @Bind("status") String status,
              @Bind("like") String like, @Bind("tag") String tag);

    @SqlQuery("SELECT * FROM questions WHERE deck_id = :deckId AND status = :status ORDER BY source_start NULLS FIRST, id")
    List<Question> listByDeckAndStatus(@Bind("deckId") long deckId, @Bind("status") String status);

    @SqlQuery("SELECT * FROM questions WHERE deck_id = :deckId AND status = 'active' ORDER BY id")
    List<Question> activeByDeck(@Bind("deckId") long deckId);

    /** Moves the deck's drafts among {@code ids} to {@code status}; ids of other decks or non-drafts are left alone. */
    @SqlUpdate("""
            UPDATE questions SET status = :status, updated_at = :now
            WHERE deck_id = :deckId AND status = 'draft' AND id IN (<ids>)""")
    int decideDrafts(@Bind("deckId") long deckId, @BindList("ids") List<Long> ids, @Bind("status") String status,
                     @Bind("now") long now);

    /** Replaces the question's content with a new version; call {@link #archive} first to keep the old one. */
    @SqlUpdate("""
            UPDATE questions SET type = :type, prompt = :prompt, answer = :answer, answer_value = :answerValue,
                   choices = :choices, updated_at = :now, version = version + 1
            WHERE id = :id""")
    void update(@Bind("id") long id, @Bind("type") String type, @Bind("prompt") String prompt,
                @Bind("answer") String answer, @Bind("answerValue") String answerValue,
                @Bind("choices") String choicesJson, @Bind("now") long now);

    /** Keeps the question's current version, as learners saw it, before an edit replaces it. */
    @SqlUpdate("""
            INSERT INTO question_versions (question_id, version, type, prompt, answer, answer_value, choices,
                                           source_sentence, source_start, source_end, source_note, replaced_at)
            SELECT id, version, type, prompt, answer, answer_value, choices, source_sentence, source_start, source_end,
                   source_note, :now
            FROM questions WHERE id = :id""")
    void archive(@Bind("id") long id, @Bind("now") long now);

    String BY_ID = "SELECT * FROM questions WHERE id = :id";

    /** A question as it was at {@code version}: the current row, or the archived version an edit replaced. */
    String VERSION = """
            SELECT q.id, q.deck_id, q.qkey, v.type, v.prompt, v.answer, v.answer_value, v.choices, v.source_sentence,
                   v.source_start, v.source_end, v.source_note, q.origin, q.status, v.version
            FROM question_versions v JOIN questions q ON q.id = v.question_id
            WHERE v.question_id = :id AND v.version = :version
            UNION ALL
            SELECT id, deck_id, qkey, type, prompt, answer, answer_value, choices, source_sentence, source_start,
                   source_end, source_note, origin, status, version
            FROM questions WHERE id = :id AND version = :version""";

    /** A question as it was at {@code version}: the current row, or the archived version an edit replaced. */
    @SqlQuery(VERSION)
    Optional<Question> findVersion(@Bind("id") long id, @Bind("version") int version);

    /** Every version of a question, oldest first, the current one last. */
    @SqlQuery("""
            SELECT q.id, q.deck_id, q.qkey, v.type, v.prompt, v.answer, v.answer_value, v.choices, v.source_sentence,
                   v.source_start, v.source_end, v.source_note, q.origin, q.status, v.version
            FROM question_versions v JOIN questions q ON q.id = v.question_id WHERE v.question_id = :id
            UNION ALL
            SELECT id, deck_id, qkey, type, prompt, answer, answer_value, choices, source_sentence, source_start,
                   source_end, source_note, origin, status, version
            FROM questions WHERE id = :id
            ORDER BY 15""")
    List<Question> versions(@Bind("id") long id);

    @SqlQuery("SELECT created_at FROM questions WHERE id = :id")
    long createdAt(@Bind("id") long id);

    /** How many answers each version of the question received. */
    @SqlQuery("SELECT question_version, count(*) AS n FROM answers WHERE question_id = :id GROUP BY question_version")
    @org.jdbi.v3.sqlobject.config.KeyColumn("question_version")
    @org.jdbi.v3.sqlobject.config.ValueColumn("n")
    java.util.Map<Integer, Integer> answersByVersion(@Bind("id") long id);

    /** When each archived version was replaced, by version number. */
    @SqlQuery("SELECT version, replaced_at FROM question_versions WHERE question_id = :id")
    @org.jdbi.v3.sqlobject.config.KeyColumn("version")
    @org.jdbi.v3.sqlobject.config.ValueColumn("replaced_at")
    java.util.Map<Integer, Long> replacedAt(@Bind("id") long id);

    /**
     * Retires the generated questions of a deck that its reviewed bank no longer holds, unless an instructor
     * has edited them: learners' answers to them stay in their history, new quizzes stop asking them.
     */
    @SqlUpdate("""
            UPDATE questions SET status = 'retired', updated_at = :now
            WHERE deck_id = :deckId AND origin = 'generated' AND status = 'active' AND updated_at = created_at
              AND qkey NOT IN (<keys>)""")
    int retireDropped(@Bind("deckId") long deckId, @BindList("keys") List<String> keys, @Bind("now") long now);

    @SqlUpdate("UPDATE questions SET status = 'retired', updated_at = :now WHERE id = :id AND status <> 'retired'")
    int retire(@Bind("id") long id, @Bind("now") long now);

    @SqlUpdate("UPDATE questions SET status = 'active', updated_at = :now WHERE id = :id AND status = 'retired'")
    int restore(@Bind("id") long id, @Bind("now") long now);
}
