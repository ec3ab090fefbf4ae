package dev.flowdoc.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A fingerprint of data/*.json: changes exactly when the data changes, so consumers of flows.json can
 * tell whether anything moved without diffing. Independent of the clock and of the machine.
 */
public final class DataVersion {
    private DataVersion() {}

    public static String of(Path root) {
        try (Stream<Path> files = Files.list(root.resolve("data"))) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                sha.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
