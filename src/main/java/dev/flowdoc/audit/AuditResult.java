package dev.flowdoc.audit;

import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Unresolved;
import java.util.List;

/**
 * What an audit found, in no language yet: the documented flows by group, each with its state and the rules that
 * decided it; the accept rules that open more than the documentation needs; with {@code --upgrade-to}, what to open,
 * change and close. Both reports (text, JSON) and the exit code are made from this alone.
 */
public record AuditResult(String product, String release, String profile, String config, String format,
                          List<GroupFindings> groups, List<Extra> extras, Upgrade upgrade) {
    public AuditResult {
        groups = List.copyOf(groups);
        extras = List.copyOf(extras);
    }

    /** The state of a documented flow in the configuration. */
    public enum State {
        OPEN, PARTLY, CLOSED, UNKNOWN, UNCHECKED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A feature group as the documentation shows it, with its flows' findings. */
    public record GroupFindings(String id, String title, List<FlowFinding> flows) {
        public GroupFindings {
            flows = List.copyOf(flows);
        }
    }

    /**
     * One documented flow: its id and one-line name (the view's), its state, the rules that let it through
     * ({@code accepted}) and those that stop it ({@code denied}), the parts missing when it is partly open or closed,
     * and for UNKNOWN the rule and the part flowdoc could not evaluate.
     */
    public record FlowFinding(String id, String name, State state, List<Origin> accepted, List<Origin> denied,
                              List<Piece> missing, Origin unknownRule, Unresolved unknownPart) {
        public FlowFinding {
            accepted = List.copyOf(accepted);
            denied = List.copyOf(denied);
            missing = List.copyOf(missing);
        }
    }

    /** Traffic from {@code source} to {@code destination} on {@code protocol} and {@code ports} ("" without ports). */
    public record Piece(String source, String destination, String protocol, String ports) {
        public String service() {
            return ports.isEmpty() ? protocol.toUpperCase(java.util.Locale.ROOT) : protocol.toUpperCase(java.util.Locale.ROOT) + " " + ports;
        }
    }

    /**
     * An accept rule (or chain policy) that lets traffic reach or leave the appliance that no documented flow needs:
     * what it opens ({@code more} not listed). {@code everything}: a chain's policy, or no chain on the hook, lets
     * through whatever no rule stops (then nothing is listed). {@code vendorDefault}: the rule is one the vendor's
     * software adds on its own and the export does not write out (PAN-OS's {@code intrazone-default} allow): reported,
     * named as the vendor's default, but it does not count against a clean audit (exit 0), since it is no rule the
     * admin wrote and flowdoc's own ruleset cannot avoid it.
     */
    public record Extra(Origin rule, List<Piece> opens, int more, boolean everything, boolean vendorDefault) {
        public Extra {
            opens = List.copyOf(opens);
        }
    }

    /** The extras that count against a clean audit: every one but the vendor's implicit default rules. */
    public List<Extra> counted() {
        return extras.stream().filter(e -> !e.vendorDefault()).toList();
    }

    /**
     * The way to release {@code to} from the configuration as it is: flows of {@code to} to open (closed or unchecked
     * now), to change (partly open), flows {@code to} no longer has that the configuration still opens, to close; and
     * the flows of {@code to} flowdoc cannot evaluate ({@code unknown}): while there are any, nobody can say the
     * configuration is ready, even when nothing is to open, change or close.
     */
    public record Upgrade(String from, String to, List<FlowFinding> open, List<FlowFinding> change, List<FlowFinding> close,
                          List<FlowFinding> unknown) {
        public Upgrade {
            open = List.copyOf(open);
            change = List.copyOf(change);
            close = List.copyOf(close);
            unknown = List.copyOf(unknown);
        }

        public boolean isEmpty() {
            return open.isEmpty() && change.isEmpty() && close.isEmpty();
        }
    }

    public List<FlowFinding> flows() {
        return groups.stream().flatMap(g -> g.flows().stream()).toList();
    }

    public long count(State state) {
        return flows().stream().filter(f -> f.state() == state).count();
    }

    /**
     * True when every documented flow is open, no rule of the configuration opens anything undocumented (a vendor's
     * implicit default rule is reported but does not count) and an upgrade asks for nothing.
     */
    public boolean clean() {
        return flows().stream().allMatch(f -> f.state() == State.OPEN) && counted().isEmpty() && (upgrade == null || upgrade.isEmpty());
    }
}
