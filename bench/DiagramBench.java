import dev.flowdoc.diag.Problems;
import dev.flowdoc.model.Language;
import dev.flowdoc.render.diagram.Diagrams;
import dev.flowdoc.render.diagram.Drawing;
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
 * languages (model → layout → SVG) {@code runs} times, each time with a fresh cache, and prints the median and
 * the best CPU time of the thread that does it (wall time on a shared machine says more about the neighbours). Run it on a synthetic project (java bench/Bench.java --generate 5000 DIR):
 *
 * <pre>
 * mvn -o -q -B -DskipTests package
 * java -cp 'target/flowdoc.jar:target/lib/*' bench/DiagramBench.java DIR [runs]
 * </pre>
 */
public class DiagramBench {
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Problems problems = new Problems();
        Inputs inputs = Loader.load(root, problems).orElseThrow(() -> new IllegalStateException(problems.all().toString()))
                .forRelease(null);
        Documentation docs = Documentation.of(inputs.project(), inputs.theme().messages());
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> times = new ArrayList<>();
        int diagrams = 0;
        long bytes = 0;
        for (int r = 0; r < runs + 1; r++) {
            // CPU time of this thread (the layout runs on it): steadier than wall time on a shared machine
            long start = cpu.getCurrentThreadCpuTime();
            diagrams = 0;
            bytes = 0;
            for (Language language : Language.values()) {
                List<Drawing> drawings = new Diagrams().of(docs.view(language));
                diagrams += drawings.size();
                for (String svg : Diagrams.svg(drawings)) {
                    bytes += svg.length();
                }
            }
            double s = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
            if (r > 0) {
                times.add(s); // the first run warms the JVM up
            }
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "%d flows: %d diagrams (both languages), %d kB of SVG; CPU time median %.2f s, best %.2f s over %d runs%n",
                docs.view(Language.DE).rows().count(), diagrams, bytes / 1000, times.get(times.size() / 2), times.get(0), runs);
    }
}
