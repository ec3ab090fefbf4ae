package dev.flowdoc.testing;

import dev.flowdoc.cli.Main;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs flowdoc commands one after another in this process, as {@code flowdoc} would, with the real standard error:
 * what a library prints there (bypassing flowdoc's console) is seen by whoever started this process. Before each
 * command it prints {@code ### ARGS} on standard error, so that every line can be traced to its command.
 *
 * <p>Argument: a file with one command per line, arguments separated by tabs. A line starting with
 * {@code serve-until FILE} (or a number of seconds) starts {@code flowdoc serve} with the other arguments in the background and goes on when
 * FILE exists plus a moment (serve runs until this process ends). {@code log-as-libraries} logs a warning as PDFBox,
 * ELK and the schema validator would, through their logging APIs.
 */
public final class RunCommands {
    private RunCommands() {}

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] command = line.split("\t");
            err.println("### " + String.join(" ", command));
            err.flush();
            if (command[0].equals("log-as-libraries")) {
                // what PDFBox (Commons Logging), ELK and JRuby (java.util.logging) and the schema validator (SLF4J) log
                org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox.pdmodel.PDPage").warn("Annotation sizes differ: 10 vs. 0");
                java.util.logging.Logger.getLogger("org.eclipse.elk.core").warning("a layout option is deprecated");
                org.slf4j.LoggerFactory.getLogger("com.networknt.schema").warn("unknown keyword");
            } else if (command[0].equals("serve-until")) {
                boolean seconds = command[1].matches("\\d+");
                Path until = seconds ? null : Path.of(command[1]);
                String[] serve = Arrays.copyOfRange(command, 2, command.length);
                Thread t = new Thread(() -> Main.run(serve, out, err), "serve");
                t.setDaemon(true);
                t.start();
                long deadline = System.nanoTime() + (seconds ? Long.parseLong(command[1]) : 120) * 1_000_000_000L;
                while ((until == null || !Files.exists(until)) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(1500);
            } else {
                Main.run(command, out, err);
            }
        }
        err.println("### done");
        err.flush();
        System.out.flush();
        System.exit(0);
    }
}
