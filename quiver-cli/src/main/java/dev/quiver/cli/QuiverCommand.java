package dev.quiver.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code quiver} command: the entry point of the runnable jar.
 *
 * <p>Exit status: 0 on success, 2 for bad input of any kind (options, files, symbols, ranges), 1 for
 * an unexpected failure. Errors are one line on standard error; standard output then stays empty.
 */
@Command(
        name = "quiver",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = QuiverVersion.class,
        description = "Asset-centric market analytics.",
        subcommands = {
            DemoCommand.class,
            ImportCommand.class,
            DownloadCommand.class,
            AssetsCommand.class,
            BarsCommand.class,
            ComputeCommand.class,
            GraphCommand.class,
            AnalyticsCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class QuiverCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs the command line with the given output streams, for tests and embedding.
     *
     * @return the exit status
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new QuiverCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(CliErrors::onParameterError);
        cli.setExecutionExceptionHandler(CliErrors::onExecutionError);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
