package dev.flowdoc.audit.policy;

/**
 * Reads one vendor's exported configuration into a {@link Policy} (see the package description for the contract).
 * A reader is stateless; it never touches the disk: the caller reads the file and passes its text.
 */
public interface PolicyReader {
    /** The format's key: "nftables", "fortigate", "panos". */
    String format();

    /**
     * True when {@code text} looks like this vendor's export (cheap; a few marker lines or the JSON's shape), so a
     * configuration of another vendor is answered by name instead of with a parse error.
     */
    boolean recognises(String text);

    /**
     * The policy of {@code text}. {@code file}: the path as the user named it, for origins and problems.
     *
     * @throws UnreadablePolicy at the first place the text cannot be parsed, saying what was expected
     */
    Policy read(String file, String text) throws UnreadablePolicy;
}
