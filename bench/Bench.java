import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * flowdoc's benchmark harness (plain Java, no dependencies; run with {@code java bench/Bench.java}).
 *
 * <p>It runs the built launcher the way the README tells users to run it, as separate processes, and reports
 * medians of wall time and peak resident memory (VmHWM, polled from /proc). Scenarios: check and cold build of
 * the real data (without the build cache, and with it warm: pages unchanged since the last build), one checklist PDF, and builds of synthetic projects with N flows (generated here, both
 * languages, realistic texts). Results go to bench/RESULTS.md together with the machine they ran on.
 *
 * <pre>
 * java bench/Bench.java [--runs 5] [--sizes 500,2000,5000] [--launcher target/flowdoc] [--out bench/RESULTS.md]
 * java bench/Bench.java --generate N DIR      (only write a synthetic project with N flows)
 * </pre>
 */
public class Bench {
    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        if (opt.containsKey("generate")) {
            String[] g = opt.get("generate").split(" ");
            Generator.write(Integer.parseInt(g[0]), Path.of(g[1]), Path.of("."));
            return;
        }
        int runs = Integer.parseInt(opt.getOrDefault("runs", "5"));
        List<Integer> sizes = Arrays.stream(opt.getOrDefault("sizes", "500,2000,5000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        List<String> launcher = launcher(opt.getOrDefault("launcher", "target/flowdoc"));
        launcherPath = opt.getOrDefault("launcher", "target/flowdoc");
        Path out = Path.of(opt.getOrDefault("out", "bench/RESULTS.md"));
        Path work = Files.createTempDirectory("flowdoc-bench");

        List<Row> rows = new ArrayList<>();
        rows.add(measure("check, real data", runs, concat(launcher, "check", "--project", ".")));
        rows.add(measure("cold build, real data, no cache (HTML, PDFs, exports; both languages)", runs,
                concat(launcher, "build", "--no-cache", "--project", ".", "--out", work.resolve("site").toString())));
        // issue 26: the real data publishes 12.0.0, 12.1.0 and 13.0.0 (the row above); one release only for comparison
        rows.add(measure("cold build, real data, no cache, one release only (--product-version 13.0.0)", runs,
                concat(launcher, "build", "--no-cache", "--product-version", "13.0.0", "--project", ".",
                        "--out", work.resolve("site-one").toString())));
        // the same project copied, built into its own target/site, so that its build cache is used; one build first fills it
        Path real = work.resolve("real");
        for (String dir : List.of("data", "content", "themes")) {
            if (Files.isDirectory(Path.of(dir))) {
                copyTree(Path.of(dir), real.resolve(dir));
            }
        }
        List<String> cached = concat(launcher, "build", "--project", real.toString());
        new ProcessBuilder(cached).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        rows.add(measure("cold build, real data, build cache warm (pages unchanged since the last build)", runs, cached));
        // a writer's "edit a description, build": a new word in the first German flow description of data/flows.json each run
        Path flows = real.resolve("data/flows.json");
        String original = Files.readString(flows, StandardCharsets.UTF_8);
        int[] edit = {0};
        rows.add(measure("build after a description edit, real data, build cache warm", runs, cached,
                () -> Files.writeString(flows, original.replaceFirst("(\"description\": \\{\\s*\"de\": \")", "$1Edit" + (++edit[0]) + " "),
                        StandardCharsets.UTF_8)));
        Files.writeString(flows, original, StandardCharsets.UTF_8);
        rows.add(measure("one checklist PDF (profile full, de)", runs,
                concat(launcher, "checklist", "--project", ".", "--lang", "de", "--profile", "full",
                        "--out", work.resolve("full.pdf").toString())));
        for (int n : sizes) {
            Path project = work.resolve("synthetic-" + n);
            Generator.write(n, project, Path.of("."));
            rows.add(measure("build, synthetic, " + n + " flows", runs,
                    concat(launcher, "build", "--quiet", "--project", project.toString(), "--out", project.resolve("site").toString())));
        }
        List<String> rebuild = rebuild(runs);
        String report = report(rows, runs, launcher) + "\n## Warm rebuild in `flowdoc serve` (data change)\n\n"
                + "`java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp \"target/flowdoc.jar:target/lib/*\" bench/RebuildBench.java --runs "
                + Math.max(20, runs * 4) + "` (one JVM, the real project, after warm-up):\n\n"
                + rebuild.stream().map(l -> "- " + l + "\n").collect(Collectors.joining());
        report += targets(rows, rebuild);
        // a hand-written analysis below the marker survives a new run
        String marker = "<!-- analysis: kept by Bench.java -->";
        if (Files.exists(out)) {
            String old = Files.readString(out, StandardCharsets.UTF_8);
            int at = old.indexOf(marker);
            if (at >= 0) {
                report += "\n" + old.substring(at);
            }
        }
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    /** The targets, each with the measured figure and whether it was reached. */
    static String targets(List<Row> rows, List<String> rebuild) {
        StringBuilder sb = new StringBuilder("\n## Targets\n\n| target | measured | reached |\n|---|---|---|\n");
        for (Row r : rows) {
            if (r.scenario().startsWith("build after a description edit")) {
                sb.append(String.format(Locale.ROOT, "| build after a description edit ≤ 1.2 s wall | %.2f s | %s |%n",
                        r.medianSeconds(), r.medianSeconds() <= 1.2 ? "yes" : "**no**"));
            }
            if (r.scenario().startsWith("cold build, real data")) {
                sb.append(String.format(Locale.ROOT, "| cold build of the real site ≤ 1.5 s wall (%s) | %.2f s | %s |%n",
                        r.scenario().contains("no cache") ? "no cache" : "build cache warm",
                        r.medianSeconds(), r.medianSeconds() <= 1.5 ? "yes" : "**no**"));
            }
            if (r.scenario().equals("build, synthetic, 5000 flows")) {
                sb.append(String.format(Locale.ROOT, "| 5,000 flows ≤ 3 s | %.2f s | %s |%n", r.medianSeconds(),
                        r.medianSeconds() <= 3 ? "yes" : "**no**"));
                sb.append(String.format(Locale.ROOT, "| 5,000 flows ≤ 1 GiB peak | %d MiB | %s |%n", r.medianPeakMiB(),
                        r.medianPeakMiB() <= 1024 ? "yes" : "**no**"));
            }
        }
        List<Row> synthetic = rows.stream().filter(r -> r.scenario().startsWith("build, synthetic")).toList();
        for (int i = 1; i < synthetic.size(); i++) {
            Row a = synthetic.get(i - 1);
            Row b = synthetic.get(i);
            double flows = Double.parseDouble(b.scenario().replaceAll("\\D+", "")) / Double.parseDouble(a.scenario().replaceAll("\\D+", ""));
            double perDoubling = Math.pow(2, Math.log(b.medianSeconds() / a.medianSeconds()) / Math.log(flows));
            sb.append(String.format(Locale.ROOT, "| linear: 2× flows ≤ 2.2× time (%s → %s) | × %.2f per doubling | %s |%n",
                    a.scenario().replaceAll("\\D+", ""), b.scenario().replaceAll("\\D+", ""), perDoubling,
                    perDoubling <= 2.2 ? "yes" : "**no**"));
        }
        for (String line : rebuild) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("pages on disk: median (\\d+) ms").matcher(line);
            if (m.find()) {
                int ms = Integer.parseInt(m.group(1));
                sb.append(String.format(Locale.ROOT, "| warm rebuild, data file → page on disk ≤ 150 ms | %d ms | %s |%n", ms,
                        ms <= 150 ? "yes" : "**no**"));
            }
            java.util.regex.Matcher http = java.util.regex.Pattern.compile("holds the new text: median ([\\d.]+) ms").matcher(line);
            if (http.find()) {
                double ms = Double.parseDouble(http.group(1));
                sb.append(String.format(Locale.ROOT, "| preview: save → HTTP response with the new text ≤ 100 ms (stretch 41) | %.1f ms | %s |%n", ms,
                        ms <= 100 ? "yes" : "**no**"));
            }
        }
        return sb.toString();
    }

    /** The preview's warm rebuild, measured inside one JVM by bench/RebuildBench.java. */
    static String launcherPath = "target/flowdoc";

    static List<String> rebuild(int runs) throws IOException, InterruptedException {
        String sep = java.io.File.pathSeparator;
        Process p = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                "target/flowdoc.jar" + sep + "target/lib/*", "bench/RebuildBench.java", "--runs", String.valueOf(Math.max(20, runs * 4)))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        int code = p.waitFor();
        lines.forEach(l -> System.err.println("rebuild: " + l));
        List<String> out = new ArrayList<>(code == 0 ? lines : List.of("FAILED (exit " + code + ")"));
        // the preview as a writer meets it: serve started by the launcher, save -> HTTP response with the new text
        Process serve = new ProcessBuilder("java", "bench/PreviewBench.java", "--edits", "15", "--launcher", launcherPath)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> preview = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        int previewCode = serve.waitFor();
        preview.forEach(l -> System.err.println("preview: " + l));
        out.addAll(previewCode == 0 ? preview : List.of("preview FAILED (exit " + previewCode + ")"));
        return out;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    record Row(String scenario, List<Double> seconds, List<Double> cpuSeconds, List<Long> peakKiB, int exitCode, double load) {
        double medianSeconds() { return median(seconds); }
        double medianCpu() { return median(cpuSeconds); }
        long medianPeakMiB() { return Math.round(median(peakKiB.stream().map(Long::doubleValue).toList()) / 1024); }
    }

    static Row measure(String scenario, int runs, List<String> command) throws IOException, InterruptedException {
        return measure(scenario, runs, command, () -> {});
    }

    interface Step {
        void run() throws IOException;
    }

    /** {@code before}: done before each run, not timed (an edit). */
    static Row measure(String scenario, int runs, List<String> command, Step before) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        int code = 0;
        double load = loadAverage();
        for (int i = 0; i < runs; i++) {
            before.run();
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long peak = 0;
            long ticks = 0;
            while (p.isAlive()) {
                peak = Math.max(peak, vmHwmKiB(p.pid()));
                ticks = Math.max(ticks, cpuTicks(p.pid()));
                Thread.sleep(5);
            }
            code = Math.max(code, p.waitFor());
            seconds.add((System.nanoTime() - start) / 1e9);
            cpus.add(ticks / 100.0);
            peaks.add(peak);
        }
        Row row = new Row(scenario, seconds, cpus, peaks, code, load);
        System.err.printf(Locale.ROOT, "%-70s median %.2f s (CPU %.2f s), peak %d MiB, load %.1f%s%n", scenario, row.medianSeconds(),
                row.medianCpu(), row.medianPeakMiB(), load, code == 0 ? "" : " (EXIT " + code + ")");
        return row;
    }

    static long vmHwmKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between isAlive() and the read
        }
        return 0;
    }

    /** user + system time of a running process in clock ticks (1/100 s), from /proc/PID/stat; 0 if gone. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The 1-minute load average: other work on the machine slows every figure down. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String report(List<Row> rows, int runs, List<String> launcher) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# flowdoc benchmark results\n\n");
        sb.append("Written by `java bench/Bench.java` (see its header). Medians of ").append(runs)
                .append(" runs per scenario, each a fresh process started the way the README starts flowdoc (`")
                .append(String.join(" ", launcher)).append(" …`). Peak memory is the process's VmHWM (resident high-water mark).\n\n");
        sb.append("Machine: ").append(machine()).append("\n\n");
        sb.append("| scenario | median wall (s) | min–max (s) | median CPU user+sys (s) | median peak RSS (MiB) | load avg at start | exit |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f–%.2f | %.2f | %d | %.1f | %d |%n", r.scenario(), r.medianSeconds(),
                    r.seconds().stream().mapToDouble(d -> d).min().orElse(0), r.seconds().stream().mapToDouble(d -> d).max().orElse(0),
                    r.medianCpu(), r.medianPeakMiB(), r.load(), r.exitCode()));
        }
        List<Row> synthetic = rows.stream().filter(r -> r.scenario().startsWith("build, synthetic")).toList();
        for (int i = 1; i < synthetic.size(); i++) {
            Row a = synthetic.get(i - 1);
            Row b = synthetic.get(i);
            double flows = Double.parseDouble(b.scenario().replaceAll("\\D+", "")) / Double.parseDouble(a.scenario().replaceAll("\\D+", ""));
            double time = b.medianSeconds() / a.medianSeconds();
            // the same growth expressed per doubling of the flows (time ∝ flows^k → per doubling 2^k)
            double perDoubling = Math.pow(2, Math.log(time) / Math.log(flows));
            sb.append(String.format(Locale.ROOT, "%nGrowth %s → %s flows (× %.1f): wall time × %.2f, CPU time × %.2f; per doubling of the flows: wall × %.2f%n",
                    a.scenario().replaceAll("\\D+", " ").trim(), b.scenario().replaceAll("\\D+", " ").trim(), flows, time,
                    b.medianCpu() / a.medianCpu(), perDoubling));
        }
        return sb.toString();
    }

    static String machine() throws IOException {
        String cpu = "?";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.exists(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        }
        long memGiB = Math.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024.0 * 1024 * 1024));
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memGiB + " GiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; flowdoc ran on " + launcherJava();
    }

    /** The Java the launcher picks (as `target/flowdoc --verbose` names it): the AOT cache's Java 25, or the default java. */
    static String launcherJava() {
        try {
            Process p = new ProcessBuilder(launcherPath, "--version", "--verbose").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            return out.lines().filter(l -> l.startsWith("flowdoc: ") && l.contains("java")).findFirst()
                    .map(l -> l.substring("flowdoc: ".length())).orElse("Java " + System.getProperty("java.version"));
        } catch (IOException | InterruptedException e) {
            return "Java " + System.getProperty("java.version");
        }
    }

    static List<String> launcher(String path) {
        return Files.isExecutable(Path.of(path)) ? List.of(path) : List.of("java", "-jar", "target/flowdoc.jar");
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static List<String> concat(List<String> head, String... tail) {
        return Stream.concat(head.stream(), Arrays.stream(tail)).toList();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (key.equals("generate")) {
                map.put(key, args[i + 1] + " " + args[i + 2]);
                i += 2;
            } else {
                map.put(key, args[++i]);
            }
        }
        return map;
    }

    /** Writes a synthetic project: N flows in groups of about eight, both languages, realistic texts. */
    static final class Generator {
        private static final String[][] VERBS = {
                {"Wird für den Versand von Berichten an", "Required for sending reports to"},
                {"Ermöglicht die Abfrage von Schlüsseln über", "Allows querying keys through"},
                {"Wird für die Synchronisation der Einstellungen mit", "Required for synchronising the settings with"},
                {"Wird für das Überwachen der Dienste durch", "Required for monitoring the services by"},
                {"Ermöglicht den Empfang von Nachrichten über", "Allows receiving messages through"}};
        private static final String[][] TAILS = {
                {"benötigt.", "."},
                {"benötigt; der Zugriff kann über einen Proxy-Server erfolgen.", "; access may go through a proxy server."},
                {"benötigt, sofern die Option aktiviert ist.", ", if the option is enabled."}};
        private static final String[] SERVICES = {"SMTP", "HTTPS", "LDAP", "LDAPS", "SSH", "DNS", "NTP", "SNMP", "HTTP", "IMAPS"};

        static void write(int flows, Path dir, Path repository) throws IOException {
            Random r = new Random(flows);
            Path data = dir.resolve("data");
            Files.createDirectories(data);
            Files.createDirectories(dir.resolve("content/de"));
            Files.createDirectories(dir.resolve("content/en"));
            Path schema = repository.resolve("data/schema");
            if (Files.isDirectory(schema)) {
                copy(schema, data.resolve("schema"));
            }
            Path themes = repository.resolve("themes");
            if (Files.isDirectory(themes)) {
                copy(themes, dir.resolve("themes"));
            }
            // options and profiles of the real data are generic; reuse them when present, so that every
            // checklist PDF of the real project is made for the synthetic one too
            List<String> options = new ArrayList<>();
            Path realOptions = repository.resolve("data/options.json");
            if (Files.exists(realOptions)) {
                Files.copy(realOptions, data.resolve("options.json"));
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\s*\"id\":\\s*\"([^\"]+)\"")
                        .matcher(Files.readString(realOptions));
                while (m.find()) {
                    options.add(m.group(1));
                }
                if (Files.isDirectory(repository.resolve("data/profiles"))) {
                    copy(repository.resolve("data/profiles"), data.resolve("profiles"));
                }
            }
            write(data.resolve("product.json"), "{\n  \"$schema\": \"schema/product.schema.json\",\n  \"id\": \"synthetic\",\n"
                    + "  \"name\": \"Synthetic Gateway\",\n  \"releases\": [{\"version\": \"1.0.0\"}, {\"version\": \"1.1.0\"}, {\"version\": \"2.0.0\"}]\n}\n");
            int endpointCount = 24;
            StringBuilder ep = new StringBuilder("{\n  \"$schema\": \"schema/endpoints.schema.json\",\n  \"endpoints\": [\n");
            String[] zones = {"appliance", "internal", "perimeter", "internet"};
            for (int i = 0; i < endpointCount; i++) {
                ep.append(String.format(Locale.ROOT, "    {\"id\": \"ep-%d\", \"label\": %s, \"zone\": \"%s\"}%s%n",
                        i, text("System " + i + " (intern)", "System " + i + " (internal)"),
                        i == 0 ? "appliance" : zones[i % zones.length], i + 1 < endpointCount ? "," : ""));
            }
            write(data.resolve("endpoints.json"), ep.append("  ]\n}\n").toString());
            int menuCount = 20;
            StringBuilder menu = new StringBuilder("{\n  \"$schema\": \"schema/menu.schema.json\",\n  \"menu\": [\n    {\"id\": \"system\", \"label\": \"System\", \"children\": [\n");
            for (int i = 0; i < menuCount; i++) {
                menu.append(String.format(Locale.ROOT, "      {\"id\": \"system.setting-%d\", \"label\": \"Setting %d\"}%s%n", i, i, i + 1 < menuCount ? "," : ""));
            }
            write(data.resolve("menu.json"), menu.append("    ]}\n  ]\n}\n").toString());
            write(data.resolve("chapters.json"), "{\n  \"$schema\": \"schema/chapters.schema.json\",\n  \"chapters\": [\n"
                    + "    {\"id\": \"overview\", \"title\": " + text("Übersicht", "Overview") + ", \"page\": \"index\"}\n  ]\n}\n");
            StringBuilder fl = new StringBuilder("{\n  \"$schema\": \"schema/flows.schema.json\",\n  \"groups\": [\n");
            int groups = Math.max(1, flows / 8);
            int made = 0;
            for (int g = 0; g < groups; g++) {
                int inGroup = g + 1 < groups ? flows / groups : flows - made;
                boolean optional = g % 3 != 0 && !options.isEmpty();
                fl.append(String.format(Locale.ROOT, "    {\n      \"id\": \"group-%d\",\n      \"title\": %s,%n"
                        + "      \"requirement\": \"%s\",%s\n      \"flows\": [\n", g, text("Funktion " + g, "Feature " + g),
                        optional ? "optional" : "required",
                        optional ? "\n      \"condition\": {\"option\": \"" + options.get(g % options.size()) + "\"}," : ""));
                for (int k = 0; k < inGroup; k++, made++) {
                    int a = r.nextInt(endpointCount);
                    String[] verb = VERBS[r.nextInt(VERBS.length)];
                    String[] tail = TAILS[r.nextInt(TAILS.length)];
                    String service = SERVICES[r.nextInt(SERVICES.length)];
                    int menuRef = r.nextInt(menuCount);
                    boolean inbound = r.nextBoolean();
                    fl.append(String.format(Locale.ROOT, "        {\n          \"id\": \"flow-%d\",%n"
                                    + "          \"ports\": [{\"protocols\": [\"%s\"], \"ports\": [%d], \"service\": \"%s\"}],%n"
                                    + "          \"source\": [\"%s\"],\n          \"destination\": [\"%s\"],%n"
                                    + "          \"description\": %s%s%n"
                                    + "        }%s%n",
                            made, r.nextBoolean() ? "tcp" : "udp", 1 + r.nextInt(65535), service,
                            inbound ? "ep-" + (1 + a % (endpointCount - 1)) : "ep-0", inbound ? "ep-0" : "ep-" + (1 + a % (endpointCount - 1)),
                            text(verb[0] + " System " + a + " " + tail[0] + " (siehe {menu:system.setting-" + menuRef + "})",
                                    verb[1] + " system " + a + tail[1] + " (see {menu:system.setting-" + menuRef + "})"),
                            made % 50 == 7 ? ",\n          \"since\": \"2.0.0\"" : "",
                            k + 1 < inGroup ? "," : ""));
                }
                fl.append("      ]\n    }").append(g + 1 < groups ? "," : "").append("\n");
            }
            write(data.resolve("flows.json"), fl.append("  ]\n}\n").toString());
            write(dir.resolve("content/de/index.adoc"), "= Kommunikationswege\n\nFolgende Kommunikationswege sind zu gewährleisten:\n\nflowtable::all[]\n");
            write(dir.resolve("content/en/index.adoc"), "= Communication paths\n\nThe following communication paths must be available:\n\nflowtable::all[]\n");
        }

        /** A text object {"de", "en", "src"}: the English is a current translation (src = fingerprint of the German). */
        static String text(String de, String en) {
            return "{\"de\": \"" + de + "\", \"en\": \"" + en + "\", \"src\": \"" + fingerprint(de) + "\"}";
        }

        /**
         * As flowdoc's i18n Fingerprint (what {@code flowdoc i18n mark-current} records): the German normalised to NFC,
         * the id inside every reference {kind:id} dropped ({menu:a.b} counts as {menu:}), SHA-256, first 4 bytes in hex.
         * The generated texts hold no JSON escapes, so the string written is the text read.
         */
        static String fingerprint(String german) {
            String nfc = java.text.Normalizer.normalize(german, java.text.Normalizer.Form.NFC)
                    .replaceAll("\\{(menu|chapter|group|flow):([a-z0-9]+(?:[.-][a-z0-9]+)*)}", "{$1:}");
            try {
                byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
                return java.util.HexFormat.of().formatHex(d, 0, 4);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void write(Path file, String text) throws IOException {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }

        private static void copy(Path from, Path to) throws IOException {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path dest = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
