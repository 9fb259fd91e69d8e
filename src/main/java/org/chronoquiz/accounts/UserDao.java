package org.chronoquiz.accounts;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

@RegisterConstructorMapper(User.class)
public interface UserDao {
    String COLUMNS = "id, email, role, desired_retention, new_cards_per_day, time_zone, fsrs_weights";

    @SqlUpdate("""
            INSERT INTO users (email, password_hash, role, created_at)
            VALUES (:email, :passwordHash, :role, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("email") String email, @Bind("passwordHash") String passwordHash,
                @Bind("role") String role, @Bind("now") long now);

    @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
    Optional<User> findById(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
    Optional<User> findByEmail(@Bind("email") String email);

    @SqlQuery("SELECT password_hash FROM users WHERE email = :email")
    Optional<String> passwordHash(@Bind("email") String email);

    @SqlUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
    void updatePasswordHash(@Bind("id") long id, @Bind("hash") String hash);

    @SqlUpdate("""
            UPDATE users SET desired_retention = :retention, new_cards_per_day = :newCards, time_zone = :zone
            WHERE id = :id""")
    void updateSettings(@Bind("id") long id, @Bind("retention") double retention, @Bind("newCards") int newCards,
                        @Bind("zone") String zone);

    /** Stores fitted weights (a JSON array); null goes back to the defaults. */
    @SqlUpdate("UPDATE users SET fsrs_weights = :weights WHERE id = :id")
    void updateWeights(@Bind("id") long id, @Bind("weights") String weights);
}
