package org.chronoquiz.classes;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/** The classes' SQL; the reads of a learner's home page are {@link ClassReads}'. */
@RegisterConstructorMapper(SchoolClass.class)
public interface ClassDao {
    String SELECT = """
            SELECT c.id, c.name, c.join_code, c.instructor_id, u.email AS instructor_email,
                   (SELECT count(*) FROM class_members m WHERE m.class_id = c.id) AS members,
                   (SELECT count(*) FROM class_decks d WHERE d.class_id = c.id) AS decks
            FROM classes c JOIN users u ON u.id = c.instructor_id
            """;

    /** A learner in a class, with when they joined. */
    record Member(long userId, String email, long joinedAt) {
    }

    @SqlUpdate("INSERT INTO classes (name, join_code, instructor_id, created_at) VALUES (:name, :code, :instructor, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("code") String code, @Bind("instructor") long instructorId,
                @Bind("now") long now);

    @SqlQuery(SELECT + " WHERE c.id = :id")
    Optional<SchoolClass> findById(@Bind("id") long id);

    @SqlQuery(SELECT + " WHERE c.join_code = :code")
    Optional<SchoolClass> findByCode(@Bind("code") String code);

    /** The classes an instructor runs; every class for {@code all} (an admin). */
    @SqlQuery(SELECT + " WHERE :all OR c.instructor_id = :instructor ORDER BY c.name, c.id")
    List<SchoolClass> visibleTo(@Bind("instructor") long instructorId, @Bind("all") boolean all);


    @SqlQuery("SELECT deck_id FROM class_decks WHERE class_id = :id ORDER BY deck_id")
    List<Long> deckIds(@Bind("id") long classId);

    @SqlUpdate("DELETE FROM class_decks WHERE class_id = :id")
    void clearDecks(@Bind("id") long classId);

    @SqlBatch("INSERT INTO class_decks (class_id, deck_id) VALUES (:id, :deck)")
    void addDecks(@Bind("id") long classId, @Bind("deck") List<Long> deckIds);

    @SqlUpdate("""
            INSERT INTO class_members (class_id, user_id, joined_at) VALUES (:id, :userId, :now)
            ON CONFLICT (class_id, user_id) DO NOTHING""")
    int join(@Bind("id") long classId, @Bind("userId") long userId, @Bind("now") long now);

    @SqlQuery("""
            SELECT m.user_id, u.email, m.joined_at FROM class_members m JOIN users u ON u.id = m.user_id
            WHERE m.class_id = :id ORDER BY u.email""")
    @RegisterConstructorMapper(Member.class)
    List<Member> members(@Bind("id") long classId);

    @SqlBatch("INSERT INTO class_invites (class_id, email, invited_at) VALUES (:id, :email, :now) ON CONFLICT DO NOTHING")
    void invite(@Bind("id") long classId, @Bind("email") List<String> emails, @Bind("now") long now);

    @SqlQuery("SELECT email FROM class_invites WHERE class_id = :id ORDER BY email")
    List<String> invites(@Bind("id") long classId);

    @SqlQuery("SELECT class_id FROM class_invites WHERE email = :email")
    List<Long> invitedTo(@Bind("email") String email);

    @SqlUpdate("DELETE FROM class_invites WHERE email = :email")
    void dropInvites(@Bind("email") String email);

    @SqlQuery("SELECT count(*) FROM decks WHERE id IN (<ids>)")
    int existingDecks(@BindList("ids") List<Long> ids);
}
