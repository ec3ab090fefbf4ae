package dev.flowdoc.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.flowdoc.model.Location;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Build;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the repository's real pages in content/ (deleted, duplicated and swapped lines, duplicated macros,
 * stray AsciiDoc syntax, truncation, bytes that are not UTF-8; fixed seed, bounded count) and checks that
 * {@code check} and, every few runs, a whole {@code build} end in success or in a clean problem report with a
 * file under data/ or content/, never in an exception; a failed build writes nothing.
 */
class ContentFuzzTest {
    private static final long SEED = 20261128L;
    private static final int RUNS = 160;
    private static final int BUILD_EVERY = 20;
    private static final Pattern PROBLEM = Pattern.compile("(data|content)/[^:]+(:\\d+:\\d+)?: (error|warning): .+|\\d+ errors?(, \\d+ warnings?)?");
    private static final List<String> STRAY = List.of("[[", "]]", "<<", ">>", "<<index.adoc#", "flowtable::", "flowtable::all[]",
            "flow:", "flow:nosuch[]", "group:[]", "menupath:", "xref:", "include::x.adoc[]", "++++", "----", "|===", "{", "}",
            "[#", "anchor:x[]", "::", "pass:[", "ifdef::x[]", "endif::[]", "\uFFFD", "= ", "== ", "[[flow-mail-inbound-direct]]");

    @Test
    void everyMutationEndsInSuccessOrACleanReport(@TempDir Path tmp) throws IOException {
        Path project = TestProjects.copyOfRepository(tmp.resolve("p"));
        List<Path> pages;
        try (Stream<Path> files = Files.walk(project.resolve("content"))) {
            pages = files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList();
        }
        Map<Path, byte[]> originals = new HashMap<>();
        for (Path page : pages) {
            originals.put(page, Files.readAllBytes(page));
        }
        Random random = new Random(SEED);
        int failures = 0;
        int builds = 0;
        for (int run = 0; run < RUNS; run++) {
            Path page = pages.get(random.nextInt(pages.size()));
            byte[] original = originals.get(page);
            String mutation = mutate(original, random, page);
            String where = "run " + run + " (" + project.relativize(page) + ", " + mutation + ")";
            try {
                TestProjects.Run result = TestProjects.run("check", "--project", project.toString());
                assertTrue(result.exitCode() == 0 || result.exitCode() == 1, where + ": exit code " + result.exitCode() + "\n" + result.err());
                for (String line : result.errLines()) {
                    assertTrue(PROBLEM.matcher(line).matches(), where + ": not a problem line: " + line);
                }
                failures += result.exitCode();
                if (run % BUILD_EVERY == BUILD_EVERY - 1) {
                    build(project, tmp.resolve("site-" + run), where);
                    builds++;
                }
            } finally {
                Files.write(page, original);
            }
        }
        // many content mutations are harmless prose edits (the more so, the more prose pages there are); the point is
        // that none ends in an exception, and that a good share does reach the error paths
        assertTrue(failures >= RUNS / 8, "mutations are caught: " + failures + " of " + RUNS);
        assertEquals(RUNS / BUILD_EVERY, builds);
    }

    private static void build(Path project, Path out, String where) throws IOException {
        Problems problems = new Problems();
        Optional<Build.Result> result;
        try {
            result = new Build(TestProjects::asciidoctor).run(project, out, new SiteUrls(null), problems);
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": build threw", e);
        }
        for (Problem p : problems.all()) {
            Location at = p.location();
            assertTrue(at.file().startsWith("data/") || at.file().startsWith("content/"), where + ": problem without a file: " + p);
        }
        if (result.isPresent()) {
            assertFalse(problems.hasErrors(), where);
            assertTrue(Files.isRegularFile(out.resolve("de/index.html")), where);
        } else {
            assertTrue(problems.hasErrors(), where + ": a failed build says why");
            assertFalse(Files.exists(out), where + ": a failed build writes nothing");
        }
    }

    private static String mutate(byte[] original, Random random, Path page) throws IOException {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String what;
        switch (random.nextInt(8)) {
            case 0 -> {
                int cut = random.nextInt(original.length);
                Files.write(page, Arrays.copyOf(original, cut));
                return "truncated at byte " + cut;
            }
            case 1 -> {
                lines.remove(at);
                what = "deleted line " + (at + 1);
            }
            case 2 -> {
                lines.add(at, lines.get(at));
                what = "duplicated line " + (at + 1);
            }
            case 3 -> {
                int macro = macroLine(lines, random);
                lines.add(macro, lines.get(macro));
                what = "duplicated macro line " + (macro + 1);
            }
            case 4 -> {
                int other = random.nextInt(lines.size());
                String swap = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, swap);
                what = "swapped lines " + (at + 1) + " and " + (other + 1);
            }
            case 5 -> {
                String stray = STRAY.get(random.nextInt(STRAY.size()));
                String line = lines.get(at);
                int col = random.nextInt(line.length() + 1);
                lines.set(at, line.substring(0, col) + stray + line.substring(col));
                what = "inserted " + stray + " at " + (at + 1) + ":" + (col + 1);
            }
            case 6 -> {
                int macro = macroLine(lines, random);
                lines.remove(macro);
                what = "deleted macro line " + (macro + 1);
            }
            default -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int pos = random.nextInt(bytes.length);
                bytes[pos] = (byte) (0x80 + random.nextInt(0x40));
                Files.write(page, bytes);
                return "byte " + pos + " is no longer UTF-8";
            }
        }
        Files.writeString(page, String.join("\n", lines), StandardCharsets.UTF_8);
        return what;
    }

    /** A line with a flowdoc macro, an anchor or a cross reference, else any line. */
    private static int macroLine(List<String> lines, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(".*(flowtable::|flow:|group:|chapter:|menupath:|\\[\\[|<<|xref:).*")) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? random.nextInt(lines.size()) : candidates.get(random.nextInt(candidates.size()));
    }
}
