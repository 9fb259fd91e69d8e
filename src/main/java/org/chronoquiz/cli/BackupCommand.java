package org.chronoquiz.cli;

import org.chronoquiz.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A consistent copy of the database, safe to take while {@code serve} runs; restore by serving the copy. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the database to --out while the service may be running (SQLite VACUUM INTO). "
                + "Restore by stopping the service and serving the copy with --db.")
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The copy; must not exist yet.")
    Path out;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        try (Database database = Database.open(db.db)) {
            database.backup(out);
            System.out.printf("backed up %s to %s%n", db.db, out);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("backup: " + e.getMessage());
            return 1;
        }
    }
}
