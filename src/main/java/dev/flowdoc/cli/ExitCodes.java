package dev.flowdoc.cli;

/** What a command's exit status means. */
public final class ExitCodes {
    /** Everything fine (warnings may have been printed). */
    public static final int OK = 0;
    /** Problems in the project's data or content; they were printed. */
    public static final int PROBLEMS = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** flowdoc audit: gaps found (a documented flow not open, or more open than documented). */
    public static final int GAPS = 4;
    /** A bug in flowdoc: please report it with the printed trace. */
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
