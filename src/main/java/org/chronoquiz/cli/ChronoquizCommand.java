package org.chronoquiz.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; every subcommand is listed here. */
@Command(name = "chronoquiz", mixinStandardHelpOptions = true, version = "chronoquiz 0.1.0",
        description = "Quizzes and flashcards from the dated facts in news articles.",
        subcommands = {ServeCommand.class, UserCommand.class, ArticleCommand.class, ExchangeCommands.Import.class,
                ExchangeCommands.Export.class, BackupCommand.class, MigrateDataCommand.class, GenerateCommand.class, TimexCommand.class, FsrsCommand.class,
                CommandLine.HelpCommand.class})
public final class ChronoquizCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new ChronoquizCommand());
    }
}
