package dev.quiver.bench.report;

import java.nio.file.Path;

/**
 * The command line of a harness (a plain {@code main} beside the JMH benchmarks): {@code --out FILE
 * [--quick]}. Immutable.
 *
 * @param out where the results go, in JMH's JSON shape
 * @param quick whether to run the short variant
 */
public record HarnessOptions(Path out, boolean quick) {

    /**
     * Parses the arguments of harness {@code name}, its class's full name.
     *
     * @throws IllegalArgumentException with the usage when they do not parse
     */
    public static HarnessOptions parse(String name, String... args) {
        Path out = null;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> {
                    if (i + 1 == args.length) {
                        throw usage(name, "--out needs a file");
                    }
                    out = Path.of(args[++i]);
                }
                default -> throw usage(name, "unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw usage(name, "--out is required");
        }
        return new HarnessOptions(out, quick);
    }

    private static IllegalArgumentException usage(String name, String problem) {
        return new IllegalArgumentException(
                problem + "; usage: java -cp benchmarks.jar " + name + " --out FILE [--quick]");
    }
}
