package org.chronoquiz.accounts;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

@RegisterConstructorMapper(EmailLinkDao.Link.class)
interface EmailLinkDao {
    /** A live link: what it may do, for which address, and (sign-up) the password chosen, already hashed. */
    record Link(String purpose, String email, Long userId, String passwordHash) {
    }

    @SqlUpdate("""
            INSERT INTO email_links (token_hash, purpose, email, user_id, password_hash, created_at, expires_at)
            VALUES (:tokenHash, :purpose, :email, :userId, :passwordHash, :now, :expiresAt)""")
    void insert(@Bind("tokenHash") String tokenHash, @Bind("purpose") String purpose, @Bind("email") String email,
                @Bind("userId") Long userId, @Bind("passwordHash") String passwordHash, @Bind("now") long now,
                @Bind("expiresAt") long expiresAt);

    @SqlQuery("""
            SELECT purpose, email, user_id, password_hash FROM email_links
            WHERE token_hash = :tokenHash AND purpose = :purpose AND expires_at > :now""")
    Optional<Link> find(@Bind("tokenHash") String tokenHash, @Bind("purpose") String purpose, @Bind("now") long now);

    /** Uses a link up: 1 for the one request that got it, 0 for any other that raced it. */
    @SqlUpdate("DELETE FROM email_links WHERE token_hash = :tokenHash AND expires_at > :now")
    int take(@Bind("tokenHash") String tokenHash, @Bind("now") long now);

    /** Once an address has its account, its other sign-up links are void. */
    @SqlUpdate("DELETE FROM email_links WHERE purpose = 'signup' AND email = :email")
    void deleteSignups(@Bind("email") String email);

    /** Once a password is changed, the account's other reset links are void. */
    @SqlUpdate("DELETE FROM email_links WHERE purpose = 'reset' AND user_id = :userId")
    void deleteResets(@Bind("userId") long userId);

    @SqlUpdate("DELETE FROM email_links WHERE expires_at <= :now")
    void deleteExpired(@Bind("now") long now);
}
