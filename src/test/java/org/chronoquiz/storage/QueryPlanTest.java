package org.chronoquiz.storage;

import org.chronoquiz.accounts.SessionDao;
import org.chronoquiz.accounts.TokenDao;
import org.chronoquiz.accounts.UserDao;
import org.chronoquiz.flashcards.CardDao;
import org.chronoquiz.flashcards.ReviewDao;
import org.chronoquiz.flashcards.StudyDao;
import org.chronoquiz.stats.StatsDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every statement of the learner's hot paths (sessions, tokens, cards, reviews, statistics) reaches the tables
 * that grow with learners and history through an index: SQLite's EXPLAIN QUERY PLAN shows no full scan of
 * them. The statements are read from the DAOs' annotations, so a new query is checked without being listed.
 */
class QueryPlanTest {
    /** Tables with a row per learner, per card or per review. */
    private static final List<String> GROWING = List.of("cards", "reviews", "sessions", "api_tokens", "users",
            "deck_learners", "quiz_answers", "quizzes");
    private static final List<Class<?>> HOT = List.of(SessionDao.class, TokenDao.class, UserDao.class, CardDao.class,
            ReviewDao.class, StudyDao.class, StatsDao.class, type("org.chronoquiz.accounts.Visitors"),
            type("org.chronoquiz.flashcards.DueCards"));
    private static final Pattern BIND = Pattern.compile("(?<![:\\w]):(\\w+)");
    /** A full pass over a table, even over one of its indexes (still one step per row). */
    private static final Pattern SCAN = Pattern.compile("\\bSCAN (\\w+)");
    private static final Pattern ALIAS = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+(\\w+)\\s+(?!ON\\b|WHERE\\b|JOIN\\b|CROSS\\b|LEFT\\b)(\\w+)");

    @TempDir
    Path tmp;

    @Test
    void no_hot_statement_scans_a_table_that_grows_with_learners_or_history() {
        List<String> statements = statements();
        assertTrue(statements.size() > 25, "read the DAOs' statements: " + statements.size());
        assertTrue(statements.stream().anyMatch(s -> s.contains("FROM sessions s LEFT JOIN users"))
                        && statements.stream().anyMatch(s -> s.contains("AS reviewed")),
                "the fluent query classes' constants are read too");
        try (Database db = Database.open(tmp.resolve("plan.db").toString())) {
            List<String> scans = new ArrayList<>();
            db.jdbi().useHandle(h -> {
                for (String sql : statements) {
                    String plan = plan(h, sql);
                    Matcher m = SCAN.matcher(plan);
                    while (m.find()) {
                        if (GROWING.contains(table(sql, m.group(1)))) {
                            scans.add(m.group() + " in: " + sql.replaceAll("\\s+", " ") + "\n" + plan);
                        }
                    }
                }
            });
            assertTrue(scans.isEmpty(), String.join("\n\n", scans));
        }
    }

    @Test
    void the_due_list_and_new_cards_come_in_index_order_with_no_sort_of_the_learners_cards() {
        try (Database db = Database.open(tmp.resolve("plan.db").toString())) {
            String due = statements().stream().filter(s -> s.contains("c.phase <> 'NEW' AND c.due <= :now")
                    && s.contains("ORDER BY c.due")).findFirst().orElseThrow();
            String fresh = statements().stream().filter(s -> s.contains("c.phase = 'NEW'") && s.contains("LIMIT"))
                    .findFirst().orElseThrow();
            for (String sql : List.of(due, fresh)) {
                String plan = db.jdbi().withHandle(h -> plan(h, sql));
                assertFalse(plan.contains("TEMP B-TREE"), "no sort: " + plan);
                assertFalse(SCAN.matcher(plan).find(), "no scan: " + plan);
            }
        }
    }

    /** The table an alias of {@code sql} stands for ("c" in "FROM cards c"), or the name itself. */
    private static String table(String sql, String name) {
        Matcher m = ALIAS.matcher(sql);
        while (m.find()) {
            if (m.group(2).equals(name)) {
                return m.group(1);
            }
        }
        return name;
    }

    private static String plan(Handle h, String sql) {
        Query q = h.createQuery("EXPLAIN QUERY PLAN " + sql.replaceAll("<\\w+>", "1"));
        Matcher m = BIND.matcher(sql);
        while (m.find()) {
            q.bind(m.group(1), 1);
        }
        return String.join("\n", q.map((rs, ctx) -> rs.getString("detail")).list());
    }

    /** The DAOs' annotated statements, and the statements the fluent query classes keep in constants. */
    private static List<String> statements() {
        List<String> out = new ArrayList<>();
        for (Class<?> dao : HOT) {
            for (Field f : dao.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    String sql = constant(f);
                    if (sql.trim().matches("(?is)(SELECT|UPDATE|DELETE)\\b.*") && sql.contains(":")) {
                        out.add(sql);
                    }
                }
            }
            for (Method m : dao.getDeclaredMethods()) {
                SqlQuery query = m.getAnnotation(SqlQuery.class);
                SqlUpdate update = m.getAnnotation(SqlUpdate.class);
                String sql = query != null ? query.value() : update != null ? update.value() : null;
                if (sql != null && !sql.isBlank() && !sql.trim().toUpperCase().startsWith("INSERT")) {
                    out.add(sql);
                }
            }
        }
        return out;
    }

    private static String constant(Field f) {
        try {
            f.setAccessible(true);
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Query classes are package-private to their feature. */
    private static Class<?> type(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
