package dev.flowdoc.render.adoc;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import java.util.function.Supplier;
import org.asciidoctor.Asciidoctor;

/**
 * Creates the Asciidoctor instance (seconds: JRuby boots and loads the gem) on a thread of its own, as early as
 * possible, so that loading and validating the project, the PDFs and the exports run meanwhile.
 * {@link #startEarly()} is called by main before the command line is even parsed, for the commands that convert.
 */
public final class AsciidoctorStarter {
    private static CompletableFuture<Asciidoctor> started;

    private AsciidoctorStarter() {}

    /** Starts creating the instance now unless already started. */
    public static synchronized void startEarly() {
        if (started == null) {
            CompletableFuture<Asciidoctor> future = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    future.complete(create());
                } catch (Throwable e) {
                    future.completeExceptionally(e);
                }
            }, "flowdoc-asciidoctor-start");
            t.setDaemon(true);
            t.start();
            started = future;
        }
    }

    /**
     * A new instance, started for speed: JRuby interprets (compiling Ruby to bytecode does not pay off in a run
     * of seconds), does without its native layer and without RubyGems: Asciidoctor is put on the load path
     * directly from the AsciidoctorJ jar. Measured on 2 cores, creating it costs about 20 % less CPU time that way.
     * Each setting is only a default: a system property given on the command line wins; if the gem is not
     * found in the jar, RubyGems finds it as usual.
     */
    public static Asciidoctor create() {
        defaultProperty("jruby.compile.mode", "OFF");
        defaultProperty("jruby.compile.invokedynamic", "false");
        defaultProperty("jruby.native.enabled", "false");
        Optional<String> lib = asciidoctorLib();
        String gems = System.getProperty(RUBYGEMS);
        if (lib.isPresent() && (gems == null || gems.equals("false"))) {
            System.setProperty(RUBYGEMS, "false");
            return AsciidoctorJRuby.Factory.create(List.of(lib.get()));
        }
        return Asciidoctor.Factory.create();
    }

    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";
    private static final Pattern GEM_LIB = Pattern.compile("gems/asciidoctor-[0-9][^/]*/lib/asciidoctor\\.rb");

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** "uri:classloader:/gems/asciidoctor-2.0.26/lib", from the jar that carries the gem. */
    static Optional<String> asciidoctorLib() {
        try {
            var source = AsciidoctorJRuby.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                return zip.stream().map(ZipEntry::getName).filter(n -> GEM_LIB.matcher(n).matches()).findFirst()
                        .map(n -> "uri:classloader:/" + n.substring(0, n.length() - "/asciidoctor.rb".length()));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The started instance (started now if nobody did), as a supplier that waits for it. The caller owns the
     * instance and closes it; a second call starts a new one.
     */
    public static synchronized Handle take() {
        startEarly();
        CompletableFuture<Asciidoctor> future = started;
        started = null;
        return new Handle(future);
    }

    /** An instance being created: {@link #get()} waits for it; {@link #close()} closes it if it was made. */
    public static final class Handle implements Supplier<Asciidoctor>, AutoCloseable {
        private final CompletableFuture<Asciidoctor> future;

        Handle(CompletableFuture<Asciidoctor> future) {
            this.future = future;
        }

        @Override
        public Asciidoctor get() {
            return future.join();
        }

        @Override
        public void close() {
            // an instance still being created is left to the daemon thread: the process is ending anyway
            if (future.isDone() && !future.isCompletedExceptionally()) {
                future.join().close();
            }
        }
    }
}
