import dev.flowdoc.preview.Preview;
import dev.flowdoc.preview.Watcher;
import dev.flowdoc.render.page.AsciidoctorStarter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The preview's warm rebuild, measured in one JVM (run by Bench.java, or alone):
 * java -cp "target/classes:target/lib/*" bench/RebuildBench.java [--runs 20] [--project .]
 *
 * It copies the project, builds it once, warms up with a few rebuilds, then changes a flow description in
 * data/flows.json again and again and reports medians of (a) Preview.rebuild(changed) until the pages are on
 * disk and (b) saving the file until the page on disk shows the change, through the file watcher (debounce
 * included), as the writer sees it.
 */
public class RebuildBench {
    public static void main(String[] args) throws Exception {
        int runs = 20;
        Path source = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) runs = Integer.parseInt(args[++i]);
            if (args[i].equals("--project")) source = Path.of(args[++i]);
        }
        Path work = Files.createTempDirectory("flowdoc-rebuild");
        Path project = work.resolve("project");
        for (String dir : List.of("data", "content", "themes")) {
            copy(source.resolve(dir), project.resolve(dir));
        }
        Path flows = project.resolve("data/flows.json");
        String original = Files.readString(flows, StandardCharsets.UTF_8);
        String marker = "\"de\": \"";
        if (!original.contains(marker)) throw new IllegalStateException("no German text in flows.json");
        try (AsciidoctorStarter.Handle asciidoctor = AsciidoctorStarter.take();
             Preview preview = new Preview(project, work.resolve("site"), asciidoctor)) {
            long t = System.nanoTime();
            preview.buildAll();
            System.err.printf(Locale.ROOT, "first build %.0f ms%n", (System.nanoTime() - t) / 1e6);
            Path page = work.resolve("site/de/index.html");
            List<Double> direct = new ArrayList<>();
            for (int i = 0; i < runs + 5; i++) {
                Files.writeString(flows, original.replaceFirst(marker, marker + "Rev" + i + " "), StandardCharsets.UTF_8);
                Preview.Outcome o = preview.rebuild(Set.of(flows));
                if (!o.state().ok()) throw new IllegalStateException(o.state().problems().toString());
                if (i >= 5) direct.add(o.pagesNanos() / 1e6);
            }
            LinkedBlockingQueue<Long> done = new LinkedBlockingQueue<>();
            List<Double> watched = new ArrayList<>();
            try (Watcher watcher = new Watcher(project, changed -> { preview.rebuild(changed); done.add(System.nanoTime()); })) {
                watcher.start();
                for (int i = 0; i < runs + 3; i++) {
                    String token = "Watch" + i + " ";
                    long saved = System.nanoTime();
                    Files.writeString(flows, original.replaceFirst(marker, marker + token), StandardCharsets.UTF_8);
                    long seen = 0;
                    while (seen == 0) {
                        if (Files.readString(page, StandardCharsets.UTF_8).contains(token.trim())) seen = System.nanoTime();
                        else Thread.sleep(2);
                        if (System.nanoTime() - saved > 10_000_000_000L) throw new IllegalStateException("no rebuild in 10 s");
                    }
                    done.poll(5, TimeUnit.SECONDS); // wait until exports and PDFs are written too
                    if (i >= 3) watched.add((seen - saved) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "warm rebuild, data change -> pages on disk: median %.0f ms (min %.0f, max %.0f, %d runs)%n",
                    median(direct), min(direct), max(direct), direct.size());
            System.out.printf(Locale.ROOT, "save -> page on disk through the watcher: median %.0f ms (min %.0f, max %.0f, %d runs)%n",
                    median(watched), min(watched), max(watched), watched.size());
        }
    }

    static double median(List<Double> v) {
        List<Double> s = v.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static double min(List<Double> v) { return v.stream().mapToDouble(d -> d).min().orElse(0); }

    static double max(List<Double> v) { return v.stream().mapToDouble(d -> d).max().orElse(0); }

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
