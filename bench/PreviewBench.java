import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The live preview as a writer meets it: {@code target/flowdoc serve} started the way the README starts it (its own
 * process, the launcher's JVM options), a data file saved, and the changed page fetched over HTTP until the response
 * holds the new text.
 *
 * <pre>
 * java bench/PreviewBench.java [--edits 15] [--warmup 5] [--launcher target/flowdoc] [--project .] [--pause-ms 1000]
 * </pre>
 *
 * It copies the project's data/, content/ and themes/ to a temporary folder, starts serve on a free port, waits for
 * the first build, then {@code warmup + edits} times: writes data/flows.json with a new token in a German flow
 * description (one write, as an editor's save), and polls GET /de/index.html (2 ms between requests) until the
 * body contains the token. Reported: median, min and max of save → first response holding the token, over the
 * last {@code edits} edits; the serve process's CPU time (user+sys) and peak RSS (VmHWM) at the end.
 * Between edits it waits {@code pause-ms} (a writer does not save 10 times a second) and until the process is idle.
 */
public class PreviewBench {
    public static void main(String[] args) throws Exception {
        int edits = 15, warmup = 5;
        long pauseMs = 1000;
        String launcher = "target/flowdoc";
        Path source = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--launcher" -> launcher = args[++i];
                case "--project" -> source = Path.of(args[++i]);
                case "--pause-ms" -> pauseMs = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Path work = Files.createTempDirectory("flowdoc-preview-bench");
        Path project = work.resolve("project");
        for (String dir : List.of("data", "content", "themes")) {
            copy(source.resolve(dir), project.resolve(dir));
        }
        Path flows = project.resolve("data/flows.json");
        String original = Files.readString(flows, StandardCharsets.UTF_8);
        String marker = "\"de\": \"";
        if (!original.contains(marker)) throw new IllegalStateException("no German text in flows.json");

        double load = loadAverage();
        Process serve = new ProcessBuilder(launcher, "serve", "--quiet", "--port", "0", "--project", project.toString(),
                "--out", work.resolve("site").toString()).redirectErrorStream(true).start();
        long pid = serve.pid();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            Pattern at = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
            for (String line; url == null && (line = lines.readLine()) != null; ) {
                Matcher m = at.matcher(line);
                if (m.find()) url = m.group(1);
            }
            if (url == null) throw new IllegalStateException("serve printed no address");
            // drain the rest of the output (problems) so that the process never blocks on a full pipe
            CompletableFuture.runAsync(() -> lines.lines().forEach(l -> {}));
            HttpClient http = HttpClient.newHttpClient();
            URI page = URI.create(url + "de/index.html");
            long start = System.nanoTime();
            while (get(http, page).statusCode() != 200) {
                if (System.nanoTime() - start > 120_000_000_000L) throw new IllegalStateException("no first build in 120 s");
                Thread.sleep(20);
            }
            waitIdle(pid);
            List<Double> ms = new ArrayList<>();
            double first = 0;
            for (int i = 0; i < warmup + edits; i++) {
                String token = "Edit" + i + "x" + System.nanoTime();
                String text = original.replaceFirst(marker, marker + token + " ");
                long saved = System.nanoTime();
                Files.writeString(flows, text, StandardCharsets.UTF_8);
                while (true) {
                    HttpResponse<String> r = get(http, page);
                    if (r.statusCode() == 200 && r.body().contains(token)) break;
                    if (System.nanoTime() - saved > 30_000_000_000L) throw new IllegalStateException("page not changed in 30 s");
                    Thread.sleep(2); // poll every ~2 ms: a closer loop would take the serve process's CPU (2 cores)
                }
                double t = (System.nanoTime() - saved) / 1e6;
                if (i == 0) first = t;
                if (i >= warmup) ms.add(t);
                System.err.printf(Locale.ROOT, "edit %d: %.1f ms%n", i, t);
                Thread.sleep(pauseMs);
                waitIdle(pid);
            }
            double[] cpu = cpuSeconds(pid);
            long hwm = peakKiB(pid);
            System.out.printf(Locale.ROOT, "preview, the first save after start -> GET /de/index.html holds the new text: %.1f ms%n", first);
            System.out.printf(Locale.ROOT, "preview, save data/flows.json -> GET /de/index.html holds the new text: median %.1f ms "
                    + "(min %.1f, max %.1f, %d edits after %d warm-up); serve process at the end: CPU %.2f s, peak RSS %d MiB; load at start %.2f%n",
                    median(ms), ms.stream().mapToDouble(d -> d).min().orElse(0), ms.stream().mapToDouble(d -> d).max().orElse(0),
                    ms.size(), warmup, cpu[0], hwm / 1024, load);
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
    }

    static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        try {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            Thread.sleep(5);
            return get(http, uri);
        }
    }

    /** Waits until the process used less than 5 % of a core over 100 ms (the downloads after a rebuild are done). */
    static void waitIdle(long pid) throws Exception {
        double before = cpuSeconds(pid)[0];
        for (int i = 0; i < 300; i++) {
            Thread.sleep(100);
            double now = cpuSeconds(pid)[0];
            if (now - before < 0.005) return;
            before = now;
        }
    }

    /** user+sys seconds of the process (all its threads), from /proc. */
    static double[] cpuSeconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return new double[] {ticks / 100.0};
    }

    static long peakKiB(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", ""));
        }
        return 0;
    }

    static double loadAverage() throws Exception {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    static double median(List<Double> v) {
        List<Double> s = v.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static void copy(Path from, Path to) throws Exception {
        if (!Files.isDirectory(from)) return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }
}
