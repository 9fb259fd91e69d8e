package org.chronoquiz.cli;

import org.chronoquiz.accounts.Accounts;
import org.chronoquiz.accounts.Passwords;
import org.chronoquiz.accounts.User;
import org.chronoquiz.storage.Database;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Account administration from the shell: the first instructor, and personal API tokens. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage accounts.",
        subcommands = {UserCommand.Add.class, UserCommand.Token.class})
public final class UserCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("Use 'user add' or 'user token'; see 'user --help'.");
    }

    static Accounts accounts(String db) {
        return new Accounts(Database.open(db).jdbi(), new Passwords(), new Tokens(), Clock.systemUTC());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create an account; the password is read from standard input.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--email", required = true)
        String email;

        @Option(names = "--role", defaultValue = "learner", description = "learner, instructor or admin (default: ${DEFAULT-VALUE}).")
        String role;

        @Option(names = "--password-stdin", required = true, description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Mixin
        DbOption db;

        @Override
        public Integer call() throws IOException {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            try {
                User user = accounts(db.db).create(email, password, role);
                System.out.printf("created %s (%s), id %d%n", user.email(), user.role().stored(), user.id());
                return 0;
            } catch (InvalidInput e) {
                System.err.printf("user add: %s: %s%n", e.field(), e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "Print a new personal API token for an account.")
    static final class Token implements Callable<Integer> {
        @Option(names = "--email", required = true)
        String email;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            Accounts accounts = accounts(db.db);
            var user = accounts.findByEmail(email);
            if (user.isEmpty()) {
                System.err.printf("user token: email: no account for %s%n", email);
                return 1;
            }
            System.out.println(accounts.issueApiToken(user.get().id()));
            return 0;
        }
    }
}
