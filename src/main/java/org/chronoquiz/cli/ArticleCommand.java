package org.chronoquiz.cli;

import org.chronoquiz.authoring.ArticleImport;
import org.chronoquiz.authoring.ArticleSubmission;
import org.chronoquiz.storage.Database;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.timex.TimexExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** Articles from the shell: the same import as the browser's form, its drafts reviewed in the browser. */
@Command(name = "article", mixinStandardHelpOptions = true, description = "Bring in articles.",
        subcommands = ArticleCommand.Add.class)
public final class ArticleCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("Use 'article add'; see 'article add --help'.");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Store an article (a UTF-8 text file) and its generated questions as drafts to review "
                    + "at /instructor/articles/ID. The same text added again changes nothing.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--outlet", required = true, description = "The newspaper, agency or site.")
        String outlet;

        @Option(names = "--published", required = true, paramLabel = "YYYY-MM-DD",
                description = "Publication date; relative dates in the text are read from it.")
        String published;

        @Option(names = "--state-owned", description = "The outlet is state-owned: its claims are attributed.")
        boolean stateOwned;

        @Parameters(index = "0", paramLabel = "FILE", description = "The article's text.")
        Path file;

        @Mixin
        DbOption db;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                System.err.println("article add: no such file: " + file);
                return 2;
            }
            try {
                String text = ArticleImport.decode(read(file), "file");
                var imports = new ArticleImport(Database.open(db.db).jdbi(), new TimexExtractor(), Clock.systemUTC());
                var done = imports.add(new ArticleSubmission(title, outlet, published, stateOwned, text));
                String id = done.article().id();
                if (done.existed()) {
                    System.out.printf("already there: “%s” (article %s); nothing added%n", done.article().title(), id);
                } else {
                    System.out.printf("added “%s” (article %s) with %d draft questions; review them at /instructor/articles/%s%n",
                            done.article().title(), id, done.drafts(), id);
                }
                return 0;
            } catch (InvalidInput e) {
                System.err.printf("article add: %s: %s%n", e.field(), e.getMessage());
                return 1;
            } catch (IOException e) {
                System.err.printf("article add: cannot read %s: %s%n", file, e.getMessage());
                return 2;
            }
        }

        /** At most one byte past the limit, so a huge file is refused without being read whole. */
        private static byte[] read(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(ArticleImport.MAX_BYTES + 1);
            }
        }
    }
}
