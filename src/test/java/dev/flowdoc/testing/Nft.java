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
