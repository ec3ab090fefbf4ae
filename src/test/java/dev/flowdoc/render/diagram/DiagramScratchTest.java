package dev.flowdoc.render.diagram;

import dev.flowdoc.model.Language;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.view.Documentation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagramScratchTest {
    @Test
    void write() throws Exception {
        Documentation docs = TestProjects.docs(TestProjects.REPOSITORY);
        for (Language l : Language.values()) {
            long t0 = System.nanoTime();
            var graphs = DiagramModelBuilder.of(docs.view(l));
            Drawing d = DiagramLayout.layout(graphs.get(0));
            long t1 = System.nanoTime();
            System.out.println("layout ms " + (t1 - t0) / 1e6);
            Files.writeString(Path.of("/tmp/diagram-" + l.code() + ".svg"), SvgWriter.write(d, "fd"));
        }
    }
}
