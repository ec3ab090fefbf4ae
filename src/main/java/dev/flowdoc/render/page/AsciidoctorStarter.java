package dev.flowdoc.render.page;

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
     * Settings that make JRuby start faster in a run of seconds, for a JVM that is flowdoc's alone (the command
     * line, not a test JVM or a host application: JRuby reads them once per JVM): it interprets (compiling Ruby to
     * bytecode does not pay off), does without its native layer, and without RubyGems, Asciidoctor then being put
     * on the load path directly from the AsciidoctorJ jar. Measured on 2 cores: creating an instance costs about
     * 20 % less CPU time. A property given on the command line wins. {@code longLived} (serve): JRuby keeps its
     * compiler, which pays off when the same pages are converted again and again for hours.
     */
    public static void tuneJRubyForThisProcess(boolean longLived) {
        processOwned = true;
        AsciidoctorStarter.longLived = longLived;
    }

    /** serve: JRuby compiles hot Ruby code to bytecode (its default). */
    private static volatile boolean longLived;

    /** A new instance; without RubyGems (see above), with the asciidoctor gem's lib on the load path. */
    public static Asciidoctor create() {
        if (processOwned) {
            // before JRuby's first class loads (this is the only place flowdoc creates an instance)
            if (!longLived) {
                defaultProperty("jruby.compile.mode", "OFF");
                defaultProperty("jruby.compile.invokedynamic", "false");
            }
            defaultProperty("jruby.native.enabled", "false");
            if (asciidoctorLib().isPresent()) {
                defaultProperty(RUBYGEMS, "false");
            }
        }
        Optional<String> lib = asciidoctorLib();
        if (lib.isPresent() && "false".equals(System.getProperty(RUBYGEMS))) {
            return AsciidoctorJRuby.Factory.create(List.of(lib.get()));
        }
        return Asciidoctor.Factory.create();
    }

    /** True in flowdoc's own process (main): the JVM ends right after the command, so nothing is torn down. */
    private static volatile boolean processOwned;

    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";
    private static final Pattern GEM_LIB = Pattern.compile("gems/asciidoctor-[0-9][^/]*/lib/asciidoctor\\.rb");

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** "uri:classloader:/gems/asciidoctor-2.0.26/lib", from the jar that carries the gem. */
    static synchronized Optional<String> asciidoctorLib() {
        if (lib == null) {
            lib = findAsciidoctorLib();
        }
        return lib;
    }

    private static Optional<String> lib;

    private static Optional<String> findAsciidoctorLib() {
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
     * The instance started by {@link #startEarly()}, or, if none was started, one created when first asked for
     * (on the asking thread: a command that stops at a validation error never pays for it). The caller owns the
     * instance and closes it; a second call gets a new one.
     */
    public static synchronized Handle take() {
        CompletableFuture<Asciidoctor> future = started;
        started = null;
        return new Handle(future);
    }

    /** An instance being created: {@link #get()} waits for it; {@link #close()} closes it if it was made. */
    public static final class Handle implements Supplier<Asciidoctor>, AutoCloseable {
        private CompletableFuture<Asciidoctor> future;

        Handle(CompletableFuture<Asciidoctor> future) {
            this.future = future;
        }

        @Override
        public synchronized Asciidoctor get() {
            if (future == null) {
                future = CompletableFuture.completedFuture(create());
            }
            return future.join();
        }

        @Override
        public synchronized void close() {
            // an instance still being created is left to its daemon thread: the process is ending anyway; in
            // flowdoc's own process, tearing the Ruby runtime down only delays the exit (~0.1–0.3 s)
            if (!processOwned && future != null && future.isDone() && !future.isCompletedExceptionally()) {
                future.join().close();
            }
        }
    }
}
