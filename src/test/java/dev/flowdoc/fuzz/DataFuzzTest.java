package dev.flowdoc.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the repository's real data (deletions, type swaps, duplications, truncations; fixed seed, bounded
 * count) and checks that every run of {@code check} ends in success or in a clean problem report, never in an
 * uncaught exception.
 */
class DataFuzzTest {
    private static final long SEED = 20261127L;
    private static final int RUNS = 250;
    private static final List<String> FILES = List.of("flows.json", "endpoints.json", "menu.json", "chapters.json", "product.json");
    private static final Pattern PROBLEM = Pattern.compile("(data|content)/[^:]+(:\\d+:\\d+)?: (error|warning): .+|\\d+ errors?(, \\d+ warnings?)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyMutationEndsInSuccessOrACleanReport(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        Map<String, byte[]> originals = new java.util.HashMap<>();
        for (String f : FILES) {
            originals.put(f, Files.readAllBytes(project.resolve("data").resolve(f)));
        }
        Random random = new Random(SEED);
        int failures = 0;
        for (int run = 0; run < RUNS; run++) {
            String file = FILES.get(random.nextInt(FILES.size()));
            Path path = project.resolve("data").resolve(file);
            byte[] original = originals.get(file);
            String mutation = mutate(original, random, path);
            TestProjects.Run result = TestProjects.run("check", "--project", project.toString());
            Files.write(path, original);
            String where = "run " + run + " (" + file + ", " + mutation + ")";
            if (result.exitCode() != 0 && result.exitCode() != 1) {
                fail(where + ": exit code " + result.exitCode() + "\n" + result.err());
            }
            for (String line : result.errLines()) {
                assertTrue(PROBLEM.matcher(line).matches(), where + ": not a problem line: " + line);
            }
            if (result.exitCode() == 1) {
                failures++;
            }
        }
        assertTrue(failures > RUNS / 2, "most mutations are caught: " + failures + " of " + RUNS);
    }

    private static String mutate(byte[] original, Random random, Path path) throws IOException {
        int kind = random.nextInt(6);
        if (kind == 0) {
            int cut = random.nextInt(original.length);
            Files.write(path, java.util.Arrays.copyOf(original, cut));
            return "truncated at byte " + cut;
        }
        JsonNode root = JSON.readTree(original);
        List<JsonNode[]> nodes = new ArrayList<>();
        collect(root, null, nodes);
        JsonNode[] pick = nodes.get(random.nextInt(nodes.size()));
        JsonNode parent = pick[0];
        JsonNode node = pick[1];
        String what;
        JsonNode replacement = switch (kind) {
            case 1 -> null;
            case 2 -> JsonNodeFactory.instance.numberNode(random.nextInt(200000) - 100000);
            case 3 -> JsonNodeFactory.instance.textNode(random.nextBoolean() ? "" : "x".repeat(random.nextInt(3000)));
            case 4 -> random.nextBoolean() ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
            default -> node.deepCopy();
        };
        if (parent instanceof ObjectNode obj) {
            String key = keyOf(obj, node);
            if (replacement == null) {
                obj.remove(key);
                what = "deleted " + key;
            } else if (kind == 5) {
                obj.set(key + "2", replacement);
                what = "duplicated " + key;
            } else {
                obj.set(key, replacement);
                what = "replaced " + key;
            }
        } else {
            ArrayNode arr = (ArrayNode) parent;
            int index = indexOf(arr, node);
            if (replacement == null) {
                arr.remove(index);
                what = "deleted element " + index;
            } else if (kind == 5) {
                arr.insert(index, replacement);
                what = "duplicated element " + index;
            } else {
                arr.set(index, replacement);
                what = "replaced element " + index;
            }
        }
        Files.writeString(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        return what;
    }

    private static void collect(JsonNode node, JsonNode parent, List<JsonNode[]> out) {
        if (parent != null) {
            out.add(new JsonNode[] {parent, node});
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                collect(child, node, out);
            }
        }
    }

    private static String keyOf(ObjectNode obj, JsonNode child) {
        Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue() == child) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("child not found");
    }

    private static int indexOf(ArrayNode arr, JsonNode child) {
        for (int i = 0; i < arr.size(); i++) {
            if (arr.get(i) == child) {
                return i;
            }
        }
        throw new IllegalStateException("child not found");
    }
}
