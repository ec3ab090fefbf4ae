package dev.flowdoc.site;

import dev.flowdoc.render.page.Prose;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What Asciidoctor made of each page in an earlier build, kept on disk so that a build whose pages did not change
 * never starts Asciidoctor (JRuby's boot and the first conversions are most of a cold build): the converted body,
 * the page's {@link Prose} (manual PDF, search index) and what Asciidoctor logged (reported again, so a cached
 * build reports the same warnings as an uncached one). The PDFs, which cost most of the rest, are kept too
 * ({@link #getFile}), each under the hash of everything it is made from.
 *
 * <p>An entry is found by the hash of everything the result depends on ({@link SiteRenderer} makes the key: page
 * source, the theme's words, for a page that shows data the data fingerprint, release and page structure, and
 * flowdoc's own build identity, {@link #identity()}). Entries are written atomically and only after a build
 * succeeded; one that does not read back whole (wrong magic, key or checksum: truncated, corrupt, foreign) is
 * ignored and made again. Two builds at once may each write an entry; both write the same bytes. The cache lives
 * in {@value #DIR} of the project and is used only for a site built into the project's target/ (the default
 * target/site included), so that a build into any other folder never writes into the project.
 */
public final class BuildCache {
    /** The cache's folder in a project (Maven's build folder, ignored by git, deleted by {@code mvn clean}). */
    public static final String DIR = "target/flowdoc-cache";
    private static final String STAMP = "stamp";
    private static final String SUFFIX = ".page";
    private static final String FILE_SUFFIX = ".file";
    private static final byte[] FILE_MAGIC = "flowdoc-file-cache\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC = "flowdoc-page-cache\n".getBytes(StandardCharsets.US_ASCII);
    /** Raise when the format of an entry or the meaning of a key changes. */
    private static final int FORMAT = 1;
    /** An entry no build used for this long is deleted by the next build's commit. */
    private static final long KEEP_UNUSED_MILLIS = 24L * 3600 * 1000;

    private static final BuildCache OFF = new BuildCache(null, "");

    private final Path dir;
    private final String identity;
    private final Map<String, PageResult> fresh = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Map<String, Optional<PageResult>> read = new java.util.HashMap<>();
    private final Map<String, byte[]> freshFiles = new LinkedHashMap<>();

    /** A line Asciidoctor logged for a page: an error or a warning, its line (0: none), its message. */
    public record Logged(boolean error, int line, String message) {}

    /** What Asciidoctor made of a page: the HTML body, the prose, what it logged. */
    public record PageResult(String body, Prose prose, List<Logged> log) {
        public PageResult {
            log = List.copyOf(log);
        }
    }

    private BuildCache(Path dir, String identity) {
        this.dir = dir;
        this.identity = identity;
    }

    /** No cache: every page is converted, nothing is written. */
    public static BuildCache off() {
        return OFF;
    }

    /** A cache in {@code dir}, for this build of flowdoc. */
    public static BuildCache in(Path dir) {
        return new BuildCache(dir, identity());
    }

    /** The same with a given identity (tests: a different flowdoc). */
    static BuildCache in(Path dir, String identity) {
        return new BuildCache(dir, identity);
    }

    /** The cache of a build of {@code project} into {@code out}: {@value #DIR} when out lies in the project's target/, else none. */
    public static BuildCache forSite(Path project, Path out) {
        return usedFor(project, out) ? in(project.toAbsolutePath().normalize().resolve(DIR)) : off();
    }

    /** True when a site built into {@code out} keeps its pages in the project's cache. */
    public static boolean usedFor(Path project, Path out) {
        Path root = OutputGuard.real(project);
        Path target = root.resolve("target");
        Path cache = root.resolve(DIR);
        Path site = OutputGuard.real(out);
        return site.startsWith(target) && !cache.startsWith(site) && !site.startsWith(cache);
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The folder (null when off). */
    public Path dir() {
        return dir;
    }

    /** The key of a result: a hash of its parts, this flowdoc's identity and the format first. */
    public String key(String... parts) {
        MessageDigest sha = sha();
        update(sha, "flowdoc-cache " + FORMAT);
        update(sha, identity);
        for (String part : parts) {
            update(sha, part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A hash of a long text, to make keys from (the theme's words are the same for every page). */
    public static String hash(String text) {
        MessageDigest sha = sha();
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The entry an earlier build wrote for {@code key}, if there is one that reads back whole (read once per
     * build); never one {@link #put} in this build, which is not written yet.
     */
    public synchronized Optional<PageResult> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Optional<PageResult> known = read.get(key);
        if (known != null) {
            return known;
        }
        Optional<PageResult> found;
        try {
            found = decode(Files.readAllBytes(dir.resolve(key + SUFFIX)), key);
        } catch (IOException | RuntimeException e) {
            found = Optional.empty();
        }
        found.ifPresent(r -> used.add(key));
        read.put(key, found);
        return found;
    }

    /**
     * An output file an earlier build wrote for {@code key} (a PDF: the key holds everything it is made from), if
     * one reads back whole.
     */
    public synchronized Optional<byte[]> getFile(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(key + FILE_SUFFIX));
            Optional<byte[]> found = decodeFile(bytes, key);
            found.ifPresent(b -> used.add(key));
            return found;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps an output file for {@link #commit}. */
    /**
     * The file under the key {@code key} gives, from an earlier build if there is one, else {@code make}d and kept;
     * without a cache just made ({@code key} is then not asked for: it may cost a hash of the whole theme).
     */
    public byte[] file(java.util.function.Supplier<String> key, java.util.function.Supplier<byte[]> make) {
        if (dir == null) {
            return make.get();
        }
        String k = key.get();
        Optional<byte[]> found = getFile(k);
        if (found.isPresent()) {
            return found.get();
        }
        byte[] made = make.get();
        putFile(k, made);
        return made;
    }

    public synchronized void putFile(String key, byte[] bytes) {
        if (dir != null) {
            freshFiles.put(key, bytes.clone());
            used.add(key);
        }
    }

    /** Keeps {@code result} for {@link #commit}. */
    public synchronized void put(String key, PageResult result) {
        if (dir != null) {
            fresh.put(key, result);
            used.add(key);
        }
    }

    /**
     * Writes the entries of this build (call only after it succeeded), records {@code stamp} (see {@link #stamp})
     * and deletes entries no build used for a day. A cache that cannot be written is left as it is: the build
     * stands, the next one converts again.
     */
    public synchronized void commit(String stamp) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, PageResult> e : fresh.entrySet()) {
                byte[] bytes = encode(e.getKey(), e.getValue());
                AtomicFiles.write(dir.resolve(e.getKey() + SUFFIX), out -> out.write(bytes));
            }
            fresh.clear();
            for (Map.Entry<String, byte[]> e : freshFiles.entrySet()) {
                byte[] bytes = encodeFile(e.getKey(), e.getValue());
                AtomicFiles.write(dir.resolve(e.getKey() + FILE_SUFFIX), out -> out.write(bytes));
            }
            freshFiles.clear();
            prune();
            if (stamp != null) {
                AtomicFiles.writeString(dir.resolve(STAMP), stamp);
            }
        } catch (IOException | RuntimeException e) {
            // a cache is an optimisation only
        }
    }

    private void prune() throws IOException {
        long now = System.currentTimeMillis();
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                String suffix = name.endsWith(SUFFIX) ? SUFFIX : name.endsWith(FILE_SUFFIX) ? FILE_SUFFIX : null;
                if (suffix != null && !used.contains(name.substring(0, name.length() - suffix.length()))
                        && now - Files.getLastModifiedTime(f).toMillis() > KEEP_UNUSED_MILLIS) {
                    stale.add(f);
                }
            }
        }
        for (Path f : stale) {
            Files.deleteIfExists(f);
        }
        // touched, so that a result every build uses is never older than a day
        for (String key : used) {
            for (String suffix : List.of(SUFFIX, FILE_SUFFIX)) {
                Path f = dir.resolve(key + suffix);
                if (Files.exists(f) && now - Files.getLastModifiedTime(f).toMillis() > KEEP_UNUSED_MILLIS / 2) {
                    Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(now));
                }
            }
        }
    }

    /**
     * True when the last build recorded {@code stamp} (see {@link #stamp}): then its pages are most likely all
     * in the cache and Asciidoctor need not be started ahead. Only a guess; the entries decide.
     */
    public boolean lastStampIs(String stamp) {
        if (dir == null) {
            return false;
        }
        try {
            return Files.readString(dir.resolve(STAMP), StandardCharsets.UTF_8).equals(stamp);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A cheap fingerprint of what the pages depend on: flowdoc's identity, the release asked for, and the name and
     * a CRC-32 of every file in data/ and content/ and of the theme's words (themes/…/i18n/). Equal to the last
     * build's: its pages are most likely cached ({@link #lastStampIs}); a file touched but not changed (a git
     * checkout) does not count.
     */
    public static String stamp(Path project, String release) {
        StringBuilder out = new StringBuilder().append(FORMAT).append('\n').append(identity()).append('\n')
                .append(release == null ? "" : release).append('\n');
        Path root = project.toAbsolutePath().normalize();
        for (String source : List.of("data", "content", "themes")) {
            Path dir = root.resolve(source);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            try {
                Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = root.relativize(file).toString().replace('\\', '/');
                        if (!source.equals("themes") || name.contains("/i18n/")) {
                            CRC32 crc = new CRC32();
                            try {
                                crc.update(Files.readAllBytes(file));
                                lines.add(name + "\u0000" + attrs.size() + "\u0000" + crc.getValue());
                            } catch (IOException e) {
                                lines.add(name + "\u0000unreadable");
                            }
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                lines.add("unreadable " + dir);
            }
            lines.sort(null);
            lines.forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    /**
     * This flowdoc: its code (the jar, or the classes folder when run from an IDE or the tests: path, size, time
     * of the newest class) and the AsciidoctorJ it converts with. Another build of flowdoc never reads this
     * one's entries.
     */
    public static synchronized String identity() {
        if (current == null) {
            current = codeOf(BuildCache.class) + "\n" + codeOf(org.asciidoctor.Asciidoctor.class);
        }
        return current;
    }

    private static String current;

    private static String codeOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path path = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(path)) {
                return path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
            }
            long[] newest = {0, 0};
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    newest[1]++;
                    try {
                        newest[0] = Math.max(newest[0], Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return path + " " + newest[1] + " " + newest[0];
        } catch (Exception e) {
            // unknown code: a key no other run shares
            return "unknown " + System.nanoTime();
        }
    }

    static byte[] encode(String key, PageResult result) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(result.body().length() + 4096);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        ProseCodec.string(key, out);
        ProseCodec.string(result.body(), out);
        ProseCodec.write(result.prose(), out);
        out.writeInt(result.log().size());
        for (Logged l : result.log()) {
            out.writeBoolean(l.error());
            out.writeInt(l.line());
            ProseCodec.string(l.message(), out);
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    static byte[] encodeFile(String key, byte[] file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(file.length + 256);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(FILE_MAGIC);
        out.writeInt(FORMAT);
        ProseCodec.string(key, out);
        out.writeInt(file.length);
        out.write(file);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    static Optional<byte[]> decodeFile(byte[] bytes, String key) throws IOException {
        if (bytes.length < FILE_MAGIC.length + 16) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != crc.getValue()) {
            return Optional.empty();
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8));
        byte[] magic = in.readNBytes(FILE_MAGIC.length);
        if (!java.util.Arrays.equals(magic, FILE_MAGIC) || in.readInt() != FORMAT || !key.equals(ProseCodec.string(in))) {
            return Optional.empty();
        }
        byte[] file = new byte[ProseCodec.count(in.readInt())];
        in.readFully(file);
        return in.available() == 0 ? Optional.of(file) : Optional.empty();
    }

    /** The entry, or empty when the bytes are not a whole entry of {@code key} in this format. */
    static Optional<PageResult> decode(byte[] bytes, String key) throws IOException {
        if (bytes.length < MAGIC.length + 12) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        in.skipNBytes(bytes.length - 8);
        if (in.readLong() != crc.getValue()) {
            return Optional.empty();
        }
        in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8));
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!java.util.Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !key.equals(ProseCodec.string(in))) {
            return Optional.empty();
        }
        String body = ProseCodec.nonNull(in);
        Prose prose = ProseCodec.read(in);
        int n = ProseCodec.count(in.readInt());
        List<Logged> log = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean error = in.readBoolean();
            int line = in.readInt();
            log.add(new Logged(error, line, ProseCodec.nonNull(in)));
        }
        if (in.available() != 0) {
            return Optional.empty();
        }
        return Optional.of(new PageResult(body, prose, log));
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
