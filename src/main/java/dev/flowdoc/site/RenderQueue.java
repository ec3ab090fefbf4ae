package dev.flowdoc.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Outputs that need no Asciidoctor, rendered by worker threads started at once and, as soon as it is free, by
 * the build's own thread too ({@link #helpAndJoin}): on two cores neither sits idle while the other still has
 * a queue. Parts run in the order added (the largest first); their files are the same whichever thread runs them.
 */
final class RenderQueue {
    private final ConcurrentLinkedQueue<Callable<Map<String, byte[]>>> queue = new ConcurrentLinkedQueue<>();
    private final SiteFiles files = new SiteFiles();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private CountDownLatch done;

    /** Adds a part; before {@link #start} only. */
    void add(Callable<Map<String, byte[]>> part) {
        queue.add(part);
    }

    /** Starts {@code threads} daemon workers on the parts. */
    void start(int threads) {
        done = new CountDownLatch(queue.size());
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::drain, "flowdoc-build-worker-" + (i + 1));
            t.setDaemon(true);
            t.start();
        }
    }

    private void drain() {
        Callable<Map<String, byte[]>> part;
        while ((part = queue.poll()) != null) {
            try {
                if (failure.get() == null) {
                    files.putAll(part.call());
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                done.countDown();
            }
        }
    }

    /** Runs the parts no worker has taken yet on this thread, waits for the rest, and gives all their files. */
    SiteFiles helpAndJoin() throws IOException {
        drain();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        }
        Throwable e = failure.get();
        if (e instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Text files as bytes (UTF-8), for a part. */
    static Map<String, byte[]> bytes(Map<String, String> texts) {
        SiteFiles out = new SiteFiles();
        out.putAllText(texts);
        return out.all();
    }

}
