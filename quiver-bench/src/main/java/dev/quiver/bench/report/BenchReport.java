package dev.quiver.bench.report;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Prints the benchmark table of one JMH run: a header naming the JDK, JMH's settings, the machine
 * and its load, then the {@link Scorecard#standard() standard scorecard} judged on the run's JSON.
 *
 * <pre>
 * BenchReport RESULTS.json... [--load-before "L1 L5 L15"] [--load-after "L1 L5 L15"] [--verdicts]
 * </pre>
 *
 * {@code --load-before} and {@code --load-after} are the load averages around the run, as {@code
 * /proc/loadavg} begins; {@code --verdicts} ends the output with one line per target met or missed.
 */
public final class BenchReport {

    private static final String USAGE =
            "usage: BenchReport RESULTS.json... [--load-before \"L1 L5 L15\"] [--load-after \"L1 L5 L15\"] [--verdicts]";

    private BenchReport() {}

    /**
     * Prints the report of the result files named by the arguments (JMH's, then the harnesses'); exit
     * status 2 on bad usage.
     */
    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--verdicts" -> options.put("verdicts", "");
                case "--load-before", "--load-after" -> {
                    if (i + 1 == args.length) {
                        fail(args[i] + " needs a value");
                    }
                    options.put(args[i].substring(2), args[++i]);
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        fail("unknown option " + args[i]);
                    }
                    files.add(args[i]);
                }
            }
        }
        if (files.isEmpty()) {
            fail("at least one JSON result file expected");
        }
        JmhResults results = JmhResults.readAll(files.stream().map(Path::of).toList());
        System.out.print(report(
                Scorecard.standard(),
                results,
                options.getOrDefault("load-before", ""),
                options.getOrDefault("load-after", ""),
                options.containsKey("verdicts")));
    }

    private static void fail(String message) {
        System.err.println("BenchReport: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }

    /**
     * The whole report: header, table and, if asked, one line per target met or missed.
     *
     * @param loadBefore the load averages before the run, or empty if unknown
     * @param loadAfter the load averages after the run, or empty to take the current one
     */
    static String report(
            Scorecard scorecard, JmhResults results, String loadBefore, String loadAfter, boolean verdicts) {
        StringBuilder out = new StringBuilder();
        header(out, results, loadBefore, loadAfter);
        out.append('\n').append(ReportTable.render(scorecard, results));
        if (verdicts) {
            out.append('\n');
            List<Verdict> judged = scorecard.judge(results);
            judged.stream()
                    .filter(v -> v.status() != Verdict.Status.NOT_MEASURED)
                    .forEach(v -> out.append(v.line()).append('\n'));
            long unmeasured = judged.stream()
                    .filter(v -> v.status() == Verdict.Status.NOT_MEASURED)
                    .count();
            if (unmeasured > 0) {
                out.append(unmeasured).append(" target(s) not measured in this run\n");
            }
        }
        return out.toString();
    }

    private static void header(StringBuilder out, JmhResults results, String loadBefore, String loadAfter) {
        JmhResult first = results.all().stream()
                .filter(r -> !r.settings().jmhVersion().equals("harness"))
                .findFirst()
                .orElse(null);
        if (first == null) {
            out.append("No JMH results in this run.\n");
        } else {
            JmhResult.RunSettings s = first.settings();
            out.append(String.format(
                    "JMH %s on JDK %s (%s %s)%n", s.jmhVersion(), s.jdkVersion(), s.vmName(), s.vmVersion()));
        }
        out.append(machine(loadBefore, loadAfter)).append('\n');
        for (Map.Entry<String, String> suite : suites(results).entrySet()) {
            out.append("  ")
                    .append(suite.getKey())
                    .append(": ")
                    .append(suite.getValue())
                    .append('\n');
        }
        out.append("fastest: the fastest timed pass, the least disturbed by other work on a shared machine;"
                + " median, p99: of the timed operations.\n");
    }

    private static String machine(String loadBefore, String loadAfter) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String after =
                loadAfter.isBlank() ? String.format(Locale.ROOT, "%.2f", os.getSystemLoadAverage()) : loadAfter.strip();
        String load = loadBefore.isBlank()
                ? "load average " + after + " at the end"
                : "load average (1, 5, 15 min) " + loadBefore.strip() + " before, " + after + " after";
        return String.format(
                Locale.ROOT,
                "Machine: %d cores, %.1f GiB memory, %s %s; %s",
                os.getAvailableProcessors(),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                os.getName(),
                os.getArch(),
                load);
    }

    /**
     * For each benchmark class, in the order of the run: its JMH settings and the parameters that
     * were the same for all its results (the sizes).
     */
    private static Map<String, String> suites(JmhResults results) {
        Map<String, List<JmhResult>> byClass = results.all().stream()
                .collect(Collectors.groupingBy(JmhResult::className, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> suites = new LinkedHashMap<>();
        byClass.forEach((name, list) -> {
            Map<String, Set<String>> values = new TreeMap<>();
            list.forEach(r -> r.params()
                    .forEach((k, v) ->
                            values.computeIfAbsent(k, x -> new TreeSet<>()).add(v)));
            String fixed = values.entrySet().stream()
                    .filter(e -> e.getValue().size() == 1)
                    .map(e -> e.getKey() + "=" + e.getValue().iterator().next())
                    .collect(Collectors.joining(", "));
            suites.put(name, list.get(0).settings().iterations() + (fixed.isEmpty() ? "" : "; " + fixed));
        });
        return suites;
    }
}
