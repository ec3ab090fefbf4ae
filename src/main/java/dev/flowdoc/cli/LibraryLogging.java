package dev.flowdoc.cli;

import java.io.PrintStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Only flowdoc speaks on standard error: what the libraries log (PDFBox through Commons Logging, e.g. "Annotation
 * sizes differ: 10 vs. 0" while reading a filled checklist; ELK, JRuby and Jackson through java.util.logging; the
 * schema validator through SLF4J, bound to its no-op provider) says nothing a writer can act on, and flowdoc reports
 * every problem itself. It is silenced; with {@code -Dflowdoc.libraryLog=true} (for flowdoc's developers) it is
 * printed as {@code flowdoc: library log: LOGGER: LEVEL: message}.
 */
final class LibraryLogging {
    /** The system property that shows the libraries' log. */
    static final String SHOW = "flowdoc.libraryLog";

    private static boolean done;

    private LibraryLogging() {}

    /** Once per process, before a library logs: Commons Logging goes to java.util.logging, which is silenced or routed. */
    static synchronized void quiet() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty("org.apache.commons.logging.Log") == null) {
            // not left to discovery: without this, Commons Logging picks a backend by what is on the class path
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        if (Boolean.getBoolean(SHOW)) {
            root.setLevel(Level.INFO);
            root.addHandler(new Routed(System.err));
        } else {
            root.setLevel(Level.OFF);
        }
    }

    /** A library's record as one flowdoc line. */
    private static final class Routed extends Handler {
        private final PrintStream err;

        Routed(PrintStream err) {
            this.err = err;
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String message = record.getMessage();
            if (record.getParameters() != null && message != null) {
                message = java.text.MessageFormat.format(message, record.getParameters());
            }
            err.println("flowdoc: library log: " + record.getLoggerName() + ": " + record.getLevel() + ": "
                    + (message == null ? "" : message.replace('\n', ' ')));
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
