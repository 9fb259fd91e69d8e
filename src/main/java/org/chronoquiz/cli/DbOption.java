package org.chronoquiz.cli;

import org.chronoquiz.Config;
import picocli.CommandLine.Option;

/** {@code --db}, shared by every command that touches the database. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "PATH|JDBC_URL", defaultValue = "${env:CHRONOQUIZ_DB:-" + Config.DEFAULT_DB + "}",
            description = "SQLite file or JDBC URL (env CHRONOQUIZ_DB; default: ${DEFAULT-VALUE}).")
    String db;
}
