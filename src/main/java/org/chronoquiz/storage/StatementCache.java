package org.chronoquiz.storage;

import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Keeps each SQLite connection's prepared statements for the next time the same SQL runs on it. Neither sqlite-jdbc
 * nor HikariCP caches statements, so every query was compiled anew: on the review page, compiling cost as much as
 * running. PostgreSQL's driver caches server-side statements itself, so only SQLite uses this.
 *
 * <p>A statement is prepared on the pooled connection's physical connection, which outlives each loan from the
 * pool; HikariCP closes the statements made through its proxy when the loan ends, and would close these too. A
 * statement is taken out of the cache while in use, so the same SQL run again before the first result is read
 * gets a statement of its own. sqlite-jdbc resets a statement when its result set closes or its update is done,
 * so a cached one holds no read snapshot. When the pool retires a connection, closing it finalizes its statements,
 * and its entry here goes with it (weak keys).
 */
final class StatementCache implements StatementBuilderFactory {
    /** Per connection: the app's own SQL is a few hundred statements; SQL built from filters varies more. */
    static final int PER_CONNECTION = 256;

    private final Map<Connection, Map<String, PreparedStatement>> cached = Collections.synchronizedMap(new WeakHashMap<>());
    private final LongAdder compiled = new LongAdder();

    @Override
    public StatementBuilder createStatementBuilder(Connection pooled) {
        return new Builder(physical(pooled));
    }

    /** How many statements were compiled, over every connection: for tests that a repeat is not. */
    long compiled() {
        return compiled.sum();
    }

    /** How many statements wait for reuse, over every connection: for tests of the bound. */
    int held() {
        synchronized (cached) {
            return cached.values().stream().mapToInt(Map::size).sum();
        }
    }

    private Map<String, PreparedStatement> statementsOf(Connection physical) {
        return cached.computeIfAbsent(physical, c -> new LinkedHashMap<>(64, 0.75f, true));
    }

    private static Connection physical(Connection pooled) {
        try {
            return pooled.isWrapperFor(Connection.class) ? pooled.unwrap(Connection.class) : pooled;
        } catch (SQLException e) {
            return pooled;
        }
    }

    /** One handle's statements; a connection serves one thread at a time, so its map needs no lock of its own. */
    private final class Builder extends DefaultStatementBuilder {
        private final Connection physical;
        private final Map<String, PreparedStatement> statements;
        /**
         * The SQL each statement in use was compiled from: Jdbi creates a statement from the SQL it rendered
         * ("?" for each ":name") but closes it naming the SQL it was given, so the key is kept here.
         */
        private final Map<Statement, String> inUse = new IdentityHashMap<>();

        Builder(Connection physical) {
            this.physical = physical;
            this.statements = statementsOf(physical);
        }

        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            if (!cacheable(ctx)) {
                return super.create(conn, sql, ctx);
            }
            PreparedStatement stmt = statements.remove(sql);
            if (stmt == null || stmt.isClosed()) {
                compiled.increment();
                stmt = physical.prepareStatement(sql);
            }
            inUse.put(stmt, sql);
            return stmt;
        }

        @Override
        public void close(Connection conn, String given, Statement stmt) throws SQLException {
            String sql = inUse.remove(stmt);
            if (sql == null || !(stmt instanceof PreparedStatement prepared) || stmt.isClosed()
                    || statements.containsKey(sql)) {
                super.close(conn, given, stmt);
                return;
            }
            prepared.clearParameters();
            statements.put(sql, prepared);
            if (statements.size() > PER_CONNECTION) {
                var eldest = statements.entrySet().iterator();
                PreparedStatement old = eldest.next().getValue();
                eldest.remove();
                old.close();
            }
        }

        /** Statements asking for generated keys or updatable results are made the ordinary way, each time. */
        private boolean cacheable(StatementContext ctx) {
            return !ctx.isReturningGeneratedKeys() && !ctx.isConcurrentUpdatable();
        }
    }
}
