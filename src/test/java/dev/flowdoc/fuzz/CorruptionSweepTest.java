package dev.flowdoc.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.site.Build;
import dev.flowdoc.testing.TestProjects;
import dev.flowdoc.diag.Problem;
import dev.flowdoc.diag.Problems;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-level corruption of every data file and page of a small project (fixed seed): flipped, deleted, inserted and
 * duplicated bytes, truncation, NUL, long strings, invalid UTF-8, and characters from every Unicode plane put into
 * texts. Each run of {@code check} and of the build ends in success or in a clean problem report (exit 0 or 1, never an
 * exception: that would be exit 3), and a failing build leaves the previous site byte for byte as it was.
 * The builds that get as far as converting share one Asciidoctor (through {@link Build}); where check refuses, the
 * {@code build} command runs too, since it stops before it would create one.
 */
class CorruptionSweepTest {
    private static final long SEED = 20261130L;
    private static final int RUNS = 72;
    private static final Pattern PROBLEM = Pattern.compile("(data|content|themes)/[^:]*(:\\d+:\\d+)?: (error|warning): .+");
    private static final Pattern SUMMARY = Pattern.compile("\\d+ errors?(, \\d+ warnings?)?");
    /** One character of each plane and of the kinds that trip renderers (format, combining, bidi, noncharacters). */
    private static final int[] CHARACTERS = {
        0x00E4, 0x4E2D, 0xAC00, 0x200B, 0x200F, 0x202E, 0x0301, 0xFEFF, 0xFFFD, 0xFFFF, 0xE000,
        0x1F525, 0x1F600, 0x1D400, 0x10348, 0x20000, 0x2A6D6, 0x30000, 0x40000, 0x50000, 0x60000, 0x70000, 0x80000,
        0x90000, 0xA0000, 0xB0000, 0xC0000, 0xD0000, 0xE0041, 0xF0000, 0x10FFFD,
    };
    private static final String[] KINDS = {"flip", "delete", "insert", "duplicate", "truncate", "nul", "long string",
        "invalid utf-8", "character in a text", "characters anywhere"};

    @Test
    void everyCorruptionEndsInSuccessOrACleanReportAndKeepsThePreviousSite(@TempDir Path tmp) throws Exception {
        Path project = TestProjects.copy(TestProjects.MINIMAL, tmp.resolve("p"));
        TestProjects.copy(TestProjects.REPOSITORY.resolve("themes"), project.resolve("themes"));
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = project.relativize(f).toString();
                // data/schema/ is for editors (check reads the schemas in its jar): corrupting it changes nothing
                if ((rel.startsWith("data/") && !rel.startsWith("data/schema/")) || rel.startsWith("content/")) {
                    originals.put(f, Files.readAllBytes(f));
                }
            }
        }
        assertTrue(originals.size() >= 7, originals.keySet().toString());
        List<Path> files = new ArrayList<>(originals.keySet());
        Path out = tmp.resolve("site");
        assertTrue(build(project, out, "the first build").isEmpty());
        SortedMap<String, String> site = TestProjects.tree(out);

        Random random = new Random(SEED);
        int[] outcomes = new int[2];
        long start = System.nanoTime();
        for (int run = 0; run < RUNS; run++) {
            Path file = files.get(run % files.size());
            String kind = KINDS[random.nextInt(KINDS.length)];
            byte[] original = originals.get(file);
            byte[] corrupted = corrupt(original, kind, random);
            Files.write(file, corrupted);
            String where = "run " + run + " (" + project.relativize(file) + ", " + kind + ")";
            try {
                TestProjects.Run check = TestProjects.run("check", "--project", project.toString());
                if (check.exitCode() != 0 && check.exitCode() != 1) {
                    fail(where + ": check exit code " + check.exitCode() + "\n" + check.err());
                }
                for (String line : check.errLines()) {
                    assertTrue(PROBLEM.matcher(line).matches() || SUMMARY.matcher(line).matches(), where + ": not a problem line: " + line);
                }
                if (check.exitCode() == 1) {
                    // the command itself: it stops at the problems before it would create an Asciidoctor
                    TestProjects.Run cli = TestProjects.run("build", "--project", project.toString(), "--out", out.toString());
                    assertEquals(1, cli.exitCode(), where + ": build exit code\n" + cli.err());
                    assertEquals(check.err(), cli.err(), where + ": build reports what check reports");
                    assertTrue(cli.out().isEmpty(), where + ": " + cli.out());
                    assertEquals(site, TestProjects.tree(out), where + ": the previous site is untouched");
                }
                List<String> failed = build(project, out, where);
                if (failed.isEmpty()) {
                    assertEquals(0, check.exitCode(), where + ": the build passed what check refused\n" + check.err());
                    site = TestProjects.tree(out);
                    outcomes[0]++;
                } else {
                    assertEquals(site, TestProjects.tree(out), where + ": the previous site is untouched");
                    outcomes[1]++;
                }
            } finally {
                Files.write(file, original);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("CorruptionSweepTest: " + RUNS + " runs, " + outcomes[0] + " built, " + outcomes[1]
                + " refused with a report, " + millis + " ms");
        assertTrue(outcomes[1] > RUNS / 2, "most corruptions are caught: " + outcomes[1] + " of " + RUNS);
        try (Stream<Path> beside = Files.list(tmp)) {
            assertEquals(List.of("p", "site"), beside.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left beside the site");
        }
    }

    /** Builds; returns the problem lines when it failed (empty when it built). An exception fails the test. */
    private static List<String> build(Path project, Path out, String where) {
        Problems problems = new Problems();
        try {
            if (new Build(TestProjects::asciidoctor).run(project, out, new SiteUrls(null), problems).isPresent()) {
                return List.of();
            }
        } catch (Exception | Error e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            fail(where + ": the build threw (exit 3): " + trace);
        }
        List<String> lines = problems.all().stream().map(Problem::format).toList();
        assertTrue(problems.hasErrors(), where + ": a failed build names its errors: " + lines);
        for (String line : lines) {
            assertTrue(PROBLEM.matcher(line).matches(), where + ": not a problem line: " + line);
        }
        return lines;
    }

    static byte[] corrupt(byte[] original, String kind, Random random) {
        int at = random.nextInt(original.length + 1);
        return switch (kind) {
            case "flip" -> {
                byte[] b = original.clone();
                int i = random.nextInt(b.length);
                b[i] ^= (byte) (1 << random.nextInt(8));
                yield b;
            }
            case "delete" -> splice(original, at, Math.min(original.length - at, 1 + random.nextInt(16)), new byte[0]);
            case "insert" -> {
                byte[] noise = new byte[1 + random.nextInt(8)];
                random.nextBytes(noise);
                yield splice(original, at, 0, noise);
            }
            case "duplicate" -> {
                int len = Math.min(original.length - at, 1 + random.nextInt(64));
                yield splice(original, at, 0, Arrays.copyOfRange(original, at, at + len));
            }
            case "truncate" -> Arrays.copyOf(original, at);
            case "nul" -> splice(original, inText(original, random), 0, new byte[] {0});
            case "long string" -> {
                String piece = random.nextBoolean() ? "x" : "Wort ";
                yield splice(original, inText(original, random), 0,
                        piece.repeat(200_000 / piece.length()).getBytes(StandardCharsets.UTF_8));
            }
            case "invalid utf-8" -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
                yield splice(original, at, 0, bad[random.nextInt(bad.length)]);
            }
            case "character in a text" -> splice(original, inText(original, random), 0, character(random));
            default -> {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                for (int i = 0; i < 3; i++) {
                    all.writeBytes(character(random));
                }
                yield splice(original, at, 0, all.toByteArray());
            }
        };
    }

    private static byte[] character(Random random) {
        return new String(Character.toChars(CHARACTERS[random.nextInt(CHARACTERS.length)])).getBytes(StandardCharsets.UTF_8);
    }

    /** A place inside a text: right after a letter that follows a space (in JSON: most likely inside a string). */
    private static int inText(byte[] bytes, Random random) {
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i < bytes.length; i++) {
            if (bytes[i - 1] == ' ' && Character.isLetter(bytes[i])) {
                places.add(i + 1);
            }
        }
        return places.isEmpty() ? random.nextInt(bytes.length + 1) : places.get(random.nextInt(places.size()));
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }
}
