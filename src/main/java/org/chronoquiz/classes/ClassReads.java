package org.chronoquiz.classes;

import org.chronoquiz.storage.Args;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.List;

/**
 * The class reads of a learner's home page (their classes, the decks assigned to them), with a mapper of their own:
 * through {@link ClassDao}, each call resolved the SQL object's method and specialised its constructor mapper by
 * reflection, which cost more than the query.
 */
final class ClassReads {
    static final String JOINED_BY = ClassDao.SELECT
            + " JOIN class_members m ON m.class_id = c.id WHERE m.user_id = :userId ORDER BY c.name";
    static final String ASSIGNED_TO = """
            SELECT DISTINCT d.deck_id FROM class_decks d JOIN class_members m ON m.class_id = d.class_id
            WHERE m.user_id = :userId""";

    private static final RowMapper<SchoolClass> CLASS = (rs, ctx) -> new SchoolClass(rs.getLong("id"),
            rs.getString("name"), rs.getString("join_code"), rs.getLong("instructor_id"),
            rs.getString("instructor_email"), rs.getInt("members"), rs.getInt("decks"));

    List<SchoolClass> joinedBy(Handle h, long userId) {
        return h.createQuery(JOINED_BY).bind("userId", Args.of(userId)).map(CLASS).list();
    }

    List<Long> assignedTo(Handle h, long userId) {
        return h.createQuery(ASSIGNED_TO).bind("userId", Args.of(userId)).map((rs, ctx) -> rs.getLong(1)).list();
    }
}
