package dev.flowdoc.cli;

import dev.flowdoc.render.page.AsciidoctorStarter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "flowdoc", mixinStandardHelpOptions = true, version = "flowdoc 0.1.0",
        description = "Documents the network communication paths of an appliance in German and English, from one canonical data set.",
        subcommands = {InitCommand.class, CheckCommand.class, BuildCommand.class, ServeCommand.class, ChecklistCommand.class, ChangesCommand.class, FirewallCommand.class, AuditCommand.class,
                I18nCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LibraryLogging.quiet();
        AsciidoctorStarter.tuneJRubyForThisProcess(args.length > 0 && args[0].equals("serve"));
        if (converts(args)) {
            // seconds of JRuby start-up, overlapped with parsing the command line, loading and validating
            AsciidoctorStarter.startEarly();
        }
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        } catch (OutOfMemoryError e) {
            code = outOfMemory(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        }
        System.exit(code);
    }

    /**
     * The launcher gives flowdoc a heap of 768 MiB (enough for 5,000 flows with room to spare); a bigger project
     * gets this answer instead of a stack trace. Nothing is half written: the site is staged and swapped in only
     * at the end. Exit 3, as for any failure that is not the project's fault.
     */
    static int outOfMemory(PrintWriter err) {
        err.println("flowdoc: out of memory: this project needs more memory than flowdoc was given (the launcher gives -Xmx768m); "
                + "run it again with more, e.g. FLOWDOC_JAVA_OPTS=-Xmx2g target/flowdoc …; nothing was written");
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** True for serve (its first run converts every page), not for its --help: Asciidoctor is started at once. */
    static boolean converts(String[] args) {
        return args.length > 0 && args[0].equals("serve") && java.util.Arrays.stream(args).noneMatch(a -> a.equals("--help")
                || a.equals("-h") || a.equals("--version") || a.equals("-V"));
    }

    /** Runs flowdoc with the given streams and returns the exit code (used by the tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        LibraryLogging.quiet();
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex.getCause() instanceof OutOfMemoryError) {
                return outOfMemory(err);
            }
            err.println("flowdoc: internal error: " + ex);
            ex.printStackTrace(err);
            err.println("This is a bug in flowdoc, not in your project; please report it with the lines above.");
            err.flush();
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
