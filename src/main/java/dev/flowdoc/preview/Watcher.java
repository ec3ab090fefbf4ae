package dev.flowdoc.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches data/, content/ and themes/ of a project (with the JDK's WatchService, every folder below them too) and
 * hands batches of changed files to a consumer. Debounced: an editor's save is often several events (a temporary
 * file, a rename, a write); a batch ends when no event came for {@link #QUIET_MS} ms (an editor's save comes as events microseconds apart), or after {@link #MAX_WAIT_MS}.
 * Editors' temporary files (hidden, backup, swap) are left out.
 */
public final class Watcher implements AutoCloseable {
    static final long QUIET_MS = 10;
    static final long MAX_WAIT_MS = 250;
    public static final List<String> WATCHED = List.of("data", "content", "themes");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Thread thread;
    /** Hands the batches to the consumer one at a time, while the watching thread goes on collecting the next. */
    private final Thread builder;
    private final Set<Path> pending = new LinkedHashSet<>();
    private volatile boolean running = true;

    public Watcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        for (String dir : WATCHED) {
            registerTree(this.root.resolve(dir));
        }
        this.thread = new Thread(this::loop, "flowdoc-watch");
        this.thread.setDaemon(true);
        this.builder = new Thread(() -> build(onChange), "flowdoc-rebuild");
        this.builder.setDaemon(true);
    }

    public void start() {
        thread.start();
        builder.start();
    }

    /**
     * True when changes have come in that the consumer has not been handed yet: a rebuild still under way is out of
     * date and may leave its slow part (the downloads) to the next one.
     */
    public boolean changesPending() {
        synchronized (pending) {
            return !pending.isEmpty();
        }
    }

    private void build(Consumer<Set<Path>> onChange) {
        while (running) {
            Set<Path> batch;
            try {
                synchronized (pending) {
                    while (pending.isEmpty()) {
                        pending.wait();
                    }
                    batch = new LinkedHashSet<>(pending);
                    pending.clear();
                }
            } catch (InterruptedException e) {
                return;
            }
            try {
                onChange.accept(batch);
            } catch (RuntimeException e) {
                // a rebuild that failed unexpectedly must not stop the watching
                System.err.println("flowdoc serve: internal error while rebuilding: " + e);
            }
        }
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void loop() {
        while (running) {
            try {
                WatchKey first = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(first, changed);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    synchronized (pending) {
                        pending.addAll(changed);
                        pending.notifyAll();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // events were lost: every input may have changed
                changed.add(root.resolve("data"));
                changed.add(root.resolve("content"));
                changed.add(root.resolve("themes"));
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    registerTree(file);
                } catch (IOException e) {
                    // a folder that vanished at once
                }
            }
            if (relevant(file)) {
                changed.add(file);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /** Leaves out editors' temporary files: hidden ones, backups (~), swap files, vim's write test "4913". */
    static boolean relevant(Path file) {
        String name = file.getFileName().toString();
        return !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913"));
    }

    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        thread.interrupt();
        builder.interrupt();
    }
}
