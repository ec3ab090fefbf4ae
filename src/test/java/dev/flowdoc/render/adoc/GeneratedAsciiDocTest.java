package dev.flowdoc.render.adoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Messages;
import dev.flowdoc.site.Inputs;
import dev.flowdoc.testing.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated AsciiDoc of the clustering page (its table shows one group) matches the golden file. */
class GeneratedAsciiDocTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void clusteringPage(Language language) throws Exception {
        Inputs inputs = TestProjects.load(TestProjects.REPOSITORY);
        Page page = inputs.content().page(language, "clustering").orElseThrow();
        String actual = new PageExpander(TestProjects.docs(TestProjects.REPOSITORY).views(), inputs.content()).expand(page);
        Path golden = Path.of("src/test/resources/golden/clustering-" + language.code() + ".adoc");
        if (Boolean.getBoolean("flowdoc.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }
}
