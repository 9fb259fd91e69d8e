package org.chronoquiz.questions;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public interface TagDao {
    record TagRow(long questionId, String tag) {
    }

    @SqlQuery("SELECT question_id, tag FROM question_tags WHERE question_id IN (<ids>) ORDER BY question_id, tag")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(TagRow.class)
    List<TagRow> rows(@BindList("ids") List<Long> ids);

    /** Each question's tags, alphabetical; questions without tags are absent. */
    default Map<Long, List<String>> tagsOf(List<Long> ids) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            rows(ids).forEach(r -> out.computeIfAbsent(r.questionId(), k -> new ArrayList<>()).add(r.tag()));
        }
        return out;
    }

    /** The tags used on a deck's questions, alphabetical. */
    @SqlQuery("""
            SELECT DISTINCT t.tag FROM question_tags t JOIN questions q ON q.id = t.question_id
            WHERE q.deck_id = :deckId ORDER BY t.tag""")
    List<String> inDeck(@Bind("deckId") long deckId);

    @SqlUpdate("DELETE FROM question_tags WHERE question_id = :id")
    void clear(@Bind("id") long questionId);

    @SqlBatch("INSERT INTO question_tags (question_id, tag) VALUES (:id, :tag)")
    void add(@Bind("id") long questionId, @Bind("tag") List<String> tags);

    /** Makes the question's tags exactly these; call inside the caller's transaction. */
    default void replace(long questionId, List<String> tags) {
        clear(questionId);
        if (!tags.isEmpty()) {
            add(questionId, tags);
        }
    }
}
