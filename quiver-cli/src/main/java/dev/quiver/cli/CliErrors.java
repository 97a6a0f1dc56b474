package dev.quiver.cli;

import dev.quiver.core.engine.pull.MissingDataException;
import dev.quiver.core.expr.ExpressionException;
import dev.quiver.marketdata.csv.CsvFormatException;
import dev.quiver.store.StoreException;
import dev.quiver.store.UnknownAssetException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit status: 2 for bad input, 1 for
 * anything unexpected. Stateless.
 */
final class CliErrors {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    private CliErrors() {}

    static int onParameterError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr()
                .println("quiver: " + e.getMessage() + " (see '"
                        + cli.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    static int onExecutionError(Exception e, CommandLine cli, ParseResult parsed) {
        cli.getErr().println("quiver: " + describe(e));
        return isBadInput(e) ? BAD_INPUT : FAILURE;
    }

    /** The one-line message for a failure. */
    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException io) {
            return describe(io.getCause());
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static boolean isBadInput(Throwable e) {
        return e instanceof UserInputException
                || e instanceof CsvFormatException
                || e instanceof ExpressionException
                || e instanceof MissingDataException
                || e instanceof UnknownAssetException
                || e instanceof StoreException
                || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException
                || e instanceof java.io.IOException;
    }
}
