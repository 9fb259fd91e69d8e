package org.chronoquiz.storage;

import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Values for the hot statements, bound as they are. Bound as a plain long or String, Jdbi looks up an argument
 * factory for the value's type anew on every statement (its lookup is kept per statement), which on a review cost a
 * tenth of the request's and of the writer's time; an {@link Argument} is applied as given. Each binds the way Jdbi's
 * own factory binds that type, so the SQL sees the same values on SQLite and PostgreSQL.
 */
public final class Args {
    private Args() {
    }

    public static Argument of(long value) {
        return new LongArg(value);
    }

    public static Argument of(int value) {
        return new IntArg(value);
    }

    public static Argument of(double value) {
        return new DoubleArg(value);
    }

    /** A string, or SQL NULL. */
    public static Argument of(String value) {
        return new StringArg(value);
    }

    /** A whole number, or SQL NULL (as a BIGINT, the type PostgreSQL needs to know). */
    public static Argument ofNullable(Long value) {
        return value == null ? new NullArg(Types.BIGINT) : new LongArg(value);
    }

    private record LongArg(long value) implements Argument {
        @Override
        public void apply(int position, PreparedStatement statement, StatementContext ctx) throws SQLException {
            statement.setLong(position, value);
        }
    }

    private record IntArg(int value) implements Argument {
        @Override
        public void apply(int position, PreparedStatement statement, StatementContext ctx) throws SQLException {
            statement.setInt(position, value);
        }
    }

    private record DoubleArg(double value) implements Argument {
        @Override
        public void apply(int position, PreparedStatement statement, StatementContext ctx) throws SQLException {
            statement.setDouble(position, value);
        }
    }

    private record StringArg(String value) implements Argument {
        @Override
        public void apply(int position, PreparedStatement statement, StatementContext ctx) throws SQLException {
            if (value == null) {
                statement.setNull(position, Types.VARCHAR);
            } else {
                statement.setString(position, value);
            }
        }
    }

    private record NullArg(int sqlType) implements Argument {
        @Override
        public void apply(int position, PreparedStatement statement, StatementContext ctx) throws SQLException {
            statement.setNull(position, sqlType);
        }
    }
}
