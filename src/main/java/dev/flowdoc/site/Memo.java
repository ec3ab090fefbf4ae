package dev.flowdoc.site;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.flowdoc.render.page.MacroCalls;
import dev.flowdoc.render.page.Prose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one memo of the site's outputs, for {@code build} and {@code serve} alike: what each page's conversion gave
 * (the conversion with its macro calls, its prose, what Asciidoctor logged, the finished prose) and the costly files
 * (PDFs, generated AsciiDoc, diagrams), each under the {@link Key} its output declares. A page's entry is used while
 * replaying its macro calls gives the same output (the caller checks); so an edit of a description converts no page.
 * {@code serve} keeps the memo in memory, {@code build} on disk ({@value #DIR}, entries as JSON written by Jackson,
 * atomically, only after a build succeeded); an entry that does not read back whole is made again.
 */
public final class Memo {
    /** The memo's folder in a project (Maven's build folder, ignored by git, deleted by {@code mvn clean}). */
    public static final String DIR = "target/flowdoc-cache";
    /** An entry on disk no build used for this long is deleted by the next build's commit. */
    private static final long KEEP_UNUSED_MILLIS = 24L * 3600 * 1000;
    private static final ObjectMapper JSON = mapper();

    private final boolean keep;
    private final Path dir;
    /** Entries by output id ("page de/index", "checklist de/full"): one each, the newest. */
    private final Map<String, Object> kept = new HashMap<>();
    private final Map<String, Object> fresh = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final List<String> converted = new ArrayList<>();

    /** A line Asciidoctor logged for a page: an error or a warning, its line (0: none), its message. */
    public record Logged(boolean error, int line, String message) {}

    /** A page's conversion: {@code html} is its prose, post-processed and checked, with the tables' placeholders. */
    public record Page(String key, MacroCalls.Recorded recorded, Prose prose, List<Logged> log, String html) {}

    /** A file as made. */
    record File(String key, byte[] bytes) {}

    /** A release's view of the memo ({@link #in}): its entries go into {@code parent} under ids naming the release. */
    private final Memo parent;
    private final String scope;

    private Memo(boolean keep, Path dir) {
        this.keep = keep;
        this.dir = dir;
        this.parent = null;
        this.scope = "";
    }

    private Memo(Memo parent, String scope) {
        this.keep = parent.keep;
        this.dir = parent.dir;
        this.parent = parent;
        this.scope = scope;
    }

    /**
     * The memo as the outputs of one more release of the same build use it (several releases published): the same
     * entries, kept and committed together, under ids that name the release ("page de/index @12.1.0"), so that
     * the releases never take each other's entries. "": this memo.
     */
    public Memo in(String release) {
        if (release.isEmpty()) {
            return this;
        }
        Memo root = parent != null ? parent : this;
        return new Memo(root, release);
    }

    private String scoped(String id) {
        return id + " @" + scope;
    }

    /** Nothing is kept: every output is made (build --no-cache). */
    public static Memo off() {
        return new Memo(false, null);
    }

    /** Kept in memory from one run to the next (serve). */
    public static Memo inMemory() {
        return new Memo(true, null);
    }

    /** Kept on disk in {@code dir} (build). */
    public static Memo onDisk(Path dir) {
        return new Memo(true, dir);
    }

    /** On disk in the project's {@value #DIR} for a site built into its target/ folder; else in memory. */
    public static Memo forSite(Path project, Path out) {
        return usedFor(project, out) ? onDisk(project.toAbsolutePath().normalize().resolve(DIR)) : inMemory();
    }

    /** True when a site in {@code out} is the project's own (in its target/, not inside the memo's folder). */
    public static boolean usedFor(Path project, Path out) {
        Path root = OutputGuard.real(project);
        Path cache = root.resolve(DIR);
        Path site = OutputGuard.real(out);
        return site.startsWith(root.resolve("target")) && !cache.startsWith(site) && !site.startsWith(cache);
    }

    /** True when outputs are kept (in memory or on disk); false for {@link #off()}. */
    public boolean keeps() {
        return keep;
    }

    /** True when nothing can be found here (no memo, or none made yet): every page will be converted. */
    public synchronized boolean empty() {
        if (parent != null) {
            return parent.empty();
        }
        return !keep || (dir == null ? kept.isEmpty() : !Files.isDirectory(dir));
    }

    /** The page's entry made under {@code key}, if one is kept. */
    public synchronized Optional<Page> page(String id, Key key) {
        if (parent != null) {
            return parent.page(scoped(id), key);
        }
        return find("page " + id, key).map(Page.class::cast);
    }

    /** Keeps a page's entry (made now, or replayed); {@code convertedFile}: the source converted now, else null. */
    public synchronized void page(String id, Page entry, String convertedFile) {
        if (parent != null) {
            parent.page(scoped(id), entry, convertedFile == null ? null : scope + "/" + convertedFile);
            return;
        }
        put("page " + id, entry);
        if (convertedFile != null) {
            converted.add(convertedFile);
        }
    }

    /** The bytes of output {@code id} made under {@code key}: kept ones, else {@code make}'s (then kept). */
    public byte[] file(String id, Key key, Supplier<byte[]> make) {
        if (parent != null) {
            return parent.file(scoped(id), key, make);
        }
        synchronized (this) {
            Optional<Object> found = find("file " + id, key);
            if (found.isPresent()) {
                return ((File) found.get()).bytes();
            }
        }
        byte[] made = make.get();
        synchronized (this) {
            put("file " + id, new File(key.hash(), made));
        }
        return made;
    }

    private Optional<Object> find(String id, Key key) {
        Object entry = fresh.get(id);
        if (entry == null && keep) {
            entry = kept.computeIfAbsent(id, this::read);
        }
        if (entry != null && key.hash().equals(entry instanceof Page p ? p.key() : ((File) entry).key())) {
            used.add(id);
            return Optional.of(entry);
        }
        return Optional.empty();
    }

    private void put(String id, Object entry) {
        if (keep) {
            fresh.put(id, entry);
            used.add(id);
        }
    }

    /** The page sources converted through Asciidoctor in the run under way: the others' conversions were reused. */
    public synchronized List<String> converted() {
        if (parent != null) {
            return parent.converted();
        }
        return List.copyOf(converted);
    }

    /**
     * The run succeeded: its entries are kept (and written, on disk), those of outputs it no longer makes dropped
     * (on disk: after a day unused). A memo that cannot be written is left as it is: the next build makes again.
     */
    public synchronized void commit() {
        if (parent != null) {
            parent.commit();
            return;
        }
        converted.clear();
        if (!keep) {
            return;
        }
        if (dir != null) {
            write();
        }
        kept.keySet().retainAll(used);
        kept.putAll(fresh);
        fresh.clear();
        used.clear();
    }

    /** The run failed: what it made is forgotten. */
    public synchronized void discard() {
        if (parent != null) {
            parent.discard();
            return;
        }
        converted.clear();
        fresh.clear();
        used.clear();
    }

    private Object read(String id) {
        if (dir == null) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(fileName(id)));
            Class<?> type = id.startsWith("page ") ? Page.class : File.class;
            return JSON.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            return null; // missing, truncated, foreign: made again
        }
    }

    private void write() {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, Object> e : fresh.entrySet()) {
                byte[] bytes = JSON.writeValueAsBytes(e.getValue());
                AtomicFiles.write(dir.resolve(fileName(e.getKey())), out -> out.write(bytes));
            }
            long now = System.currentTimeMillis();
            Set<String> names = new HashSet<>();
            used.forEach(id -> names.add(fileName(id)));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".json") && !names.contains(name)
                            && now - Files.getLastModifiedTime(f).toMillis() > KEEP_UNUSED_MILLIS) {
                        Files.deleteIfExists(f);
                    } else if (names.contains(name) && now - Files.getLastModifiedTime(f).toMillis() > KEEP_UNUSED_MILLIS / 2) {
                        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(now));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a memo is an optimisation only
        }
    }

    /** An entry as written to disk, and back (tests). */
    static byte[] write(Object entry) throws IOException {
        return JSON.writeValueAsBytes(entry);
    }

    static <T> T read(byte[] bytes, Class<T> type) throws IOException {
        return JSON.readValue(bytes, type);
    }

    /** A value as JSON: a fingerprint of a value for a key (a manual's prose). */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A list of texts as bytes (a file entry), and back. */
    static byte[] strings(List<String> texts) {
        return json(texts).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<String> strings(byte[] bytes) {
        try {
            return List.of(JSON.readValue(bytes, String[].class));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "page de/index" → "page-de-index.json". */
    private static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "-") + ".json";
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        // the prose's blocks and link targets are sealed interfaces: each record is written with its simple name
        for (Class<?> sealed : List.of(Prose.Block.class, Prose.Target.class)) {
            mapper.addMixIn(sealed, Typed.class);
            for (Class<?> type : sealed.getPermittedSubclasses()) {
                mapper.registerSubtypes(new NamedType(type, type.getSimpleName()));
            }
        }
        return mapper;
    }

    @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME)
    private interface Typed {}
}
