package dev.quiver.bench.engine;

import java.nio.file.Path;

/**
 * The command line of a harness: {@code --out FILE [--quick]}. Immutable.
 *
 * @param out where the results go, in JMH's JSON shape
 * @param quick whether to run the short version (a smoke run, figures indicative only)
 */
record HarnessOptions(Path out, boolean quick) {

    /**
     * Parses the arguments.
     *
     * @param harness the harness's class name, for the usage message
     * @throws IllegalArgumentException with the usage for anything else
     */
    static HarnessOptions parse(String harness, String... args) {
        Path out = null;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> {
                    if (i + 1 == args.length) {
                        throw usage(harness);
                    }
                    out = Path.of(args[++i]);
                }
                default -> throw usage(harness);
            }
        }
        if (out == null) {
            throw usage(harness);
        }
        return new HarnessOptions(out, quick);
    }

    private static IllegalArgumentException usage(String harness) {
        return new IllegalArgumentException("usage: java -cp benchmarks.jar " + harness + " --out FILE [--quick]");
    }
}
