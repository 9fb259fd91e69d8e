package org.chronoquiz.mail;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

@RegisterConstructorMapper(OutboxDao.Pending.class)
interface OutboxDao {
    /** A row waiting to go, as read; {@code nextAttemptAt} is what a claim must still find. */
    record Pending(long id, String recipient, String subject, String body, long createdAt, int attempts,
                   long nextAttemptAt) {
        Mail mail() {
            return new Mail(recipient, subject, body);
        }
    }

    @SqlUpdate("""
            INSERT INTO outbox (recipient, subject, body, created_at, next_attempt_at)
            VALUES (:to, :subject, :body, :now, :now)""")
    void insert(@Bind("to") String to, @Bind("subject") String subject, @Bind("body") String body,
                @Bind("now") long now);

    @SqlQuery("""
            SELECT id, recipient, subject, body, created_at, attempts, next_attempt_at FROM outbox
            WHERE next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :limit""")
    List<Pending> due(@Bind("now") long now, @Bind("limit") int limit);

    /** Takes a row for a while; 0 when another instance took it first (it moved next_attempt_at). */
    @SqlUpdate("UPDATE outbox SET next_attempt_at = :until WHERE id = :id AND next_attempt_at = :seen")
    int claim(@Bind("id") long id, @Bind("seen") long seen, @Bind("until") long until);

    @SqlUpdate("DELETE FROM outbox WHERE id = :id")
    void delete(@Bind("id") long id);

    @SqlUpdate("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error WHERE id = :id")
    void failed(@Bind("id") long id, @Bind("next") long next, @Bind("error") String error);
}
