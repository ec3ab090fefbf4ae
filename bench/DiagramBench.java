import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.diagram.Drawing;
import dev.flowdoc.render.diagram.Orientation;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.site.Loader;
import dev.flowdoc.view.Documentation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The diagrams' build cost alone: loads a project once, then lays out the diagrams of its main view in both
 * languages, wide and tall, as the pages carry them (model → layout → SVG) {@code runs} times, each time with a fresh
 * cache (one for both languages, as a build has), and prints the median and the best CPU time of the thread that does it, and that of the wide layouts alone
 * (what the PDFs need, and all the pages had before the tall layout for phones) (wall time on a shared machine says more about the neighbours). Run it on a synthetic project (java bench/Bench.java --generate 5000 DIR):
 *
 * <pre>
 * mvn -o -q -B -DskipTests package
 * java -cp 'target/flowdoc.jar:target/lib/*' bench/DiagramBench.java DIR [runs] [wide]
 * </pre>
 *
 * With {@code wide}, only the wide drawings and their SVG (what the PDFs and the print layout need): model → wide
 * layout → SVG, one fresh cache per run.
 */
public class DiagramBench {
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean wideOnly = args.length > 2 && args[2].equals("wide");
        Problems problems = new Problems();
        Inputs inputs = Loader.load(root, problems).orElseThrow(() -> new IllegalStateException(problems.all().toString()))
                .forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> times = new ArrayList<>();
        List<Double> wideTimes = new ArrayList<>();
        int diagrams = 0;
        long bytes = 0;
        for (int r = 0; r < runs + 1; r++) {
            // CPU time of this thread (the layout runs on it): steadier than wall time on a shared machine
            long start = cpu.getCurrentThreadCpuTime();
            long wide = 0;
            diagrams = 0;
            bytes = 0;
            // one cache for both languages, as a build has: each wide diagram is laid out once for both
            Diagrams cache = new Diagrams();
            share(cache, docs);
            for (Language language : Language.values()) {
                long w = cpu.getCurrentThreadCpuTime();
                List<Drawing> drawings = cache.of(docs.view(language));
                wide += cpu.getCurrentThreadCpuTime() - w;
                diagrams += drawings.size();
                if (wideOnly) {
                    for (String svg : Diagrams.svg(drawings)) {
                        bytes += svg.length();
                    }
                    continue;
                }
                List<Drawing> tall = cache.of(docs.view(language), Orientation.TALL);
                for (String svg : Diagrams.svg(drawings, tall)) {
                    bytes += svg.length();
                }
            }
            double s = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            if (r > 0) { // the first run warms the JVM up
                times.add(s);
                wideTimes.add(wide / 1e9);
            }
        }
        Collections.sort(times);
        Collections.sort(wideTimes);
        if (wideOnly) {
            System.out.printf(Locale.ROOT, "%d flows: %d diagrams (both languages, wide only), %d kB of SVG; CPU time median %.2f s, best %.2f s"
                            + " (layouts without SVG: median %.2f s, best %.2f s) over %d runs%n",
                    docs.view(Language.DE).rows().count(), diagrams, bytes / 1000, times.get(times.size() / 2), times.get(0),
                    wideTimes.get(wideTimes.size() / 2), wideTimes.get(0), runs);
            return;
        }
        System.out.printf(Locale.ROOT, "%d flows: %d diagrams (both languages, wide and tall), %d kB of SVG; CPU time median %.2f s, best %.2f s"
                        + " (wide layouts alone: median %.2f s, best %.2f s) over %d runs%n",
                docs.view(Language.DE).rows().count(), diagrams, bytes / 1000, times.get(times.size() / 2), times.get(0),
                wideTimes.get(wideTimes.size() / 2), wideTimes.get(0), runs);
    }

    /** Diagrams.shareLayouts if the jar has it (so that this bench measures builds from before it too). */
    private static void share(Diagrams cache, Documentation docs) {
        try {
            Diagrams.class.getMethod("shareLayouts", Documentation.class).invoke(cache, docs);
        } catch (NoSuchMethodException e) {
            // a jar from before: each language is laid out on its own
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
