package dev.flowdoc.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rendered site: every file by its path below the site root, with its bytes. Nothing is on disk yet. */
public final class SiteFiles {
    private final Map<String, byte[]> files = Collections.synchronizedMap(new LinkedHashMap<>());

    public void put(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void put(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    public void putAllText(Map<String, String> texts) {
        texts.forEach(this::put);
    }

    public void putAll(Map<String, byte[]> bytes) {
        bytes.forEach(this::put);
    }

    /** A copy, sorted by path, so that writing is in a stable order. */
    public Map<String, byte[]> all() {
        synchronized (files) {
            return Collections.unmodifiableMap(new java.util.TreeMap<>(files));
        }
    }

    public int size() {
        return files.size();
    }
}
