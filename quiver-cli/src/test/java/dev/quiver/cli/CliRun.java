package dev.quiver.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one in-process run of the {@code quiver} command. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = QuiverCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
