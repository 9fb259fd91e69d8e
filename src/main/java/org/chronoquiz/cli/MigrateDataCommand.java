package org.chronoquiz.cli;

import org.chronoquiz.storage.DataCopy;
import org.chronoquiz.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

/** Moves a service's data to another database, typically from its SQLite file to PostgreSQL. */
@Command(name = "migrate-data", mixinStandardHelpOptions = true,
        description = "Copy every row from --from into the empty database --to (created and migrated if new), "
                + "in one transaction. Stop the service first: writes made during the copy would be left behind.")
public final class MigrateDataCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "PATH|JDBC_URL", description = "The database to copy, e.g. data/chronoquiz.db.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "JDBC_URL", description = "An empty database, e.g. jdbc:postgresql://db/chronoquiz?user=cq.")
    String to;

    @Override
    public Integer call() {
        try (Database source = Database.open(from); Database target = Database.open(to)) {
            Map<String, Long> copied = DataCopy.copy(source, target);
            copied.forEach((table, rows) -> System.out.printf("%-18s %,d rows%n", table, rows));
            System.out.printf("copied %,d rows in %d tables%n", copied.values().stream().mapToLong(Long::longValue).sum(), copied.size());
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("migrate-data: " + e.getMessage());
            return 1;
        }
    }
}
