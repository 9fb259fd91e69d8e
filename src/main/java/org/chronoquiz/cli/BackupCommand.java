package org.chronoquiz.cli;

import org.chronoquiz.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A consistent copy of the database, safe to take while {@code serve} runs; restore by serving the copy. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the database to FILE while the service may be running (SQLite VACUUM INTO). "
                + "Restore by stopping the service and serving the copy with --db. SQLite only: "
                + "back up PostgreSQL with pg_dump.")
public final class BackupCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The copy; must not exist yet.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "The same as FILE, for scripts that name it.")
    Path out;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        if ((file == null) == (out == null)) {
            System.err.println("backup: name the copy once: backup FILE (or --out FILE)");
            return 2;
        }
        Path target = file != null ? file : out;
        try (Database database = Database.open(db.db)) {
            database.backup(target);
            System.out.printf("backed up %s to %s%n", db.db, target);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("backup: " + e.getMessage());
            return 1;
        }
    }
}
