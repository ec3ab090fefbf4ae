package dev.flowdoc.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Project;
import dev.flowdoc.view.Documentation;
import dev.flowdoc.testing.TestProjects;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportsTest {
    static final Project PROJECT = TestProjects.project();

    static final Documentation DOCS = TestProjects.docs(TestProjects.REPOSITORY);

    @ParameterizedTest
    @EnumSource(Language.class)
    void csvHasOneRowPerFlowWithTheSpanFlattened(Language language) throws Exception {
        String csv = FlowsCsv.write(DOCS.view(language), g -> "index.html");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        List<Flow> flows = PROJECT.flows().toList();
        assertEquals(flows.size(), rows.size());
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            CSVRecord row = rows.get(i);
            assertEquals(flow.id(), row.get(0));
            assertEquals(PROJECT.groupOf(flow).title().in(language), row.get(1), "group title in every row");
            assertEquals("index.html#" + flow.anchor(), row.get(11));
        }
        CSVRecord admin = rows.stream().filter(r -> r.get(0).equals("cluster-backend-frontend")).findFirst().orElseThrow();
        assertEquals("13.0.0", admin.get(3));
        assertEquals("TCP 22 (SSH)", admin.get(4));
        assertEquals(language == Language.DE ? "Backend" : "Backend", admin.get(5));
    }

    @Test
    void jsonHasStableIdsBothLanguagesAndDataVersion() throws Exception {
        JsonNode root = new ObjectMapper().readTree(FlowsJson.write(DOCS.views(), "sha256:test"));
        assertEquals("sha256:test", root.get("dataVersion").asText());
        assertEquals("13.0.0", root.get("productVersion").asText());
        assertEquals(PROJECT.flows().count(), root.get("flows").size());
        JsonNode license = root.get("flows").get(0);
        assertEquals("license-support-ssh", license.get("id").asText());
        assertEquals("flow-license-support-ssh", license.get("anchor").asText());
        assertEquals(22, license.get("ports").get(0).get("ports").get(0).asInt());
        assertEquals("update.seppmail.ch", license.get("destination").get(0).get("host").asText());
        assertEquals("internet", license.get("destination").get(0).get("zone").asText());
        // references are spelled out, in both languages
        assertFalse(license.get("description").get("de").asText().contains("{menu:"));
        assertEquals(true, license.get("description").get("en").asText().contains("System › Proxy settings"));
        assertEquals("outbound", license.get("direction").asText());
    }

    @Test
    void bothLanguagesHaveTheSameMessageKeys() {
        assertEquals(DOCS.view(Language.DE).words().all().keySet(), DOCS.view(Language.EN).words().all().keySet());
    }
}
