package dev.flowdoc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an nftables ruleset with {@code nft -c -f} (Debian package nftables; .ci/run installs it): as root directly,
 * otherwise in a user and network namespace of its own ({@code unshare -rn}). Fails, never skips, without nft.
 */
public final class Nft {
    private Nft() {}

    /**
     * Loads the rulesets one after the other into a fresh network namespace of the real kernel ({@code unshare -n}, in
     * a user namespace of its own unless root) and returns {@code nft list ruleset} as chains (sorted by name) with
     * their rules in order: the kernel lists chains in the order they were made, which differs between a fresh
     * ruleset and one grown by deltas.
     */
    public static java.util.SortedMap<String, List<String>> applied(Path dir, String... rulesets) throws IOException, InterruptedException {
        String nft = Files.isExecutable(Path.of("/usr/sbin/nft")) ? "/usr/sbin/nft" : "nft";
        StringBuilder script = new StringBuilder("set -e\n");
        for (String ruleset : rulesets) {
            Path file = Files.createTempFile(dir, "ruleset-", ".nft");
            Files.writeString(file, ruleset, StandardCharsets.UTF_8);
            script.append(nft).append(" -f '").append(file).append("'\n");
        }
        script.append(nft).append(" list ruleset\n");
        List<String> command = new ArrayList<>(List.of("unshare", "-n"));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.add(1, "-r");
        }
        command.addAll(List.of("sh", "-c", script.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "nft -f refused a ruleset:\n" + output);
        java.util.SortedMap<String, List<String>> chains = new java.util.TreeMap<>();
        List<String> current = null;
        for (String line : output.lines().toList()) {
            String t = line.strip();
            if (t.startsWith("chain ") && t.endsWith("{")) {
                current = new ArrayList<>();
                chains.put(t.substring(6, t.length() - 1).strip(), current);
            } else if (t.equals("}")) {
                current = null;
            } else if (current != null && !t.isEmpty()) {
                current.add(t);
            }
        }
        return chains;
    }

    public static void assertAccepted(String ruleset, Path dir) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "ruleset-", ".nft");
        Files.writeString(file, ruleset, StandardCharsets.UTF_8);
        String nft = Files.isExecutable(Path.of("/usr/sbin/nft")) ? "/usr/sbin/nft" : "nft";
        List<String> command = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-rn"));
        }
        command.addAll(List.of(nft, "-c", "-f", file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "nft -c -f refused the ruleset:\n" + output + "\n" + ruleset);
    }
}
