package dev.flowdoc.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flowdoc.audit.AuditResult.FlowFinding;
import dev.flowdoc.audit.AuditResult.GroupFindings;
import dev.flowdoc.audit.AuditResult.Piece;
import dev.flowdoc.audit.AuditResult.State;
import dev.flowdoc.audit.policy.Origin;
import dev.flowdoc.audit.policy.Said;
import dev.flowdoc.audit.policy.Unresolved;
import dev.flowdoc.model.Messages;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit's two reports, made from an {@link AuditResult} alone: text in the theme's words of one language
 * (summary line, then the flows by state, grouped like the documentation, each naming the rule that decided it;
 * what is open beyond; the upgrade), and JSON for machines (keys and states in English, never translated).
 */
public final class AuditReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<State> ORDER = List.of(State.CLOSED, State.PARTLY, State.UNKNOWN, State.UNCHECKED, State.OPEN);

    private AuditReport() {}

    public static String text(AuditResult r, Messages words, String addresses) {
        StringBuilder out = new StringBuilder();
        out.append(words.format("audit.title", r.format(), r.config(), r.product(), r.release(),
                r.profile() == null ? "" : words.format("audit.profile", r.profile()), addresses)).append("\n");
        out.append(summary(r, words)).append("\n");
        for (State state : ORDER) {
            if (r.count(state) == 0) {
                continue;
            }
            out.append("\n").append(words.get("audit.state." + state.key())).append(" (").append(r.count(state)).append(")\n");
            for (GroupFindings g : r.groups()) {
                List<FlowFinding> flows = g.flows().stream().filter(f -> f.state() == state).toList();
                if (flows.isEmpty()) {
                    continue;
                }
                out.append("  ").append(g.title()).append("\n");
                flows.forEach(f -> flow(out, f, words, "    "));
            }
        }
        out.append("\n").append(words.get("audit.extras")).append("\n");
        if (r.counted().isEmpty()) {
            out.append("  ").append(words.get("audit.extras.none")).append("\n");
        }
        for (AuditResult.Extra e : r.extras()) {
            if (e.everything()) {
                out.append("  ").append(words.format("audit.extras.policy", origin(e.rule(), words))).append("\n");
                continue;
            }
            out.append("  ").append(words.format(e.vendorDefault() ? "audit.extras.default" : "audit.extras.rule",
                    origin(e.rule(), words))).append("\n");
            e.opens().forEach(p -> out.append("    ").append(piece(p, words)).append("\n"));
            if (e.more() > 0) {
                out.append("    … ").append(words.format("audit.more", e.more())).append("\n");
            }
        }
        if (r.upgrade() != null) {
            AuditResult.Upgrade u = r.upgrade();
            out.append("\n").append(words.format("audit.upgrade", u.from(), u.to())).append("\n");
            if (u.isEmpty() && u.unknown().isEmpty()) {
                out.append("  ").append(words.format("audit.upgrade.none", u.to())).append("\n");
            } else if (!u.unknown().isEmpty()) {
                out.append("  ").append(words.format("audit.upgrade.unknown", u.unknown().size(), u.to())).append("\n");
            }
            section(out, "audit.upgrade.open", u.open(), words);
            section(out, "audit.upgrade.change", u.change(), words);
            section(out, "audit.upgrade.close", u.close(), words);
        }
        return out.toString();
    }

    public static String summary(AuditResult r, Messages words) {
        return words.format("audit.summary", r.flows().size(), r.count(State.OPEN), r.count(State.PARTLY),
                r.count(State.CLOSED), r.count(State.UNKNOWN), r.count(State.UNCHECKED), r.counted().size());
    }

    private static void section(StringBuilder out, String key, List<FlowFinding> flows, Messages words) {
        if (flows.isEmpty()) {
            return;
        }
        out.append("  ").append(words.get(key)).append(" (").append(flows.size()).append(")\n");
        flows.forEach(f -> flow(out, f, words, "    "));
    }

    private static void flow(StringBuilder out, FlowFinding f, Messages words, String indent) {
        out.append(indent).append(f.id()).append(": ").append(f.name()).append("\n");
        String more = indent + "  ";
        switch (f.state()) {
            case OPEN -> f.accepted().forEach(o -> out.append(more).append(words.get("audit.acceptedBy")).append(' ')
                    .append(origin(o, words)).append("\n"));
            case PARTLY, CLOSED -> {
                f.missing().forEach(p -> out.append(more).append(words.format("audit.missing", piece(p, words))).append("\n"));
                f.denied().forEach(o -> out.append(more).append(words.get("audit.deniedBy")).append(' ').append(origin(o, words)).append("\n"));
                f.accepted().forEach(o -> out.append(more).append(words.get("audit.acceptedBy")).append(' ').append(origin(o, words)).append("\n"));
            }
            case UNKNOWN -> out.append(more).append(words.format("audit.unknown", unknown(f.unknownPart(), words))).append(" — ")
                    .append(origin(f.unknownRule(), words)).append("\n");
            case UNCHECKED -> { }
        }
    }

    private static String piece(Piece p, Messages words) {
        return words.format("audit.piece", p.service(), p.source(), p.destination());
    }

    /**
     * "full.json:1:2345 chain inet filter forward, handle 7: tcp dport 3389 accept": the rule's name and text as the
     * configuration writes them, or flowdoc's words for what no rule of it writes (a chain's policy, the vendor's
     * implicit rules).
     */
    static String origin(Origin o, Messages words) {
        if (o == null) {
            return words.get("audit.noRule");
        }
        return o.where() + " " + label(o, words) + (o.text().isEmpty() ? "" : ": " + shorten(o.text()));
    }

    private static String label(Origin o, Messages words) {
        return o.said() == null ? o.name() : say(o.said(), words);
    }

    /** "meta mark 0x00000001 (flowdoc does not evaluate the match 'meta mark')": the words as written, and why. */
    private static String unknown(Unresolved u, Messages words) {
        return u == null ? "" : u.text() + " (" + say(u.why(), words) + ")";
    }

    /** What flowdoc says ({@link Said}), in the language of {@code words}. */
    public static String say(Said said, Messages words) {
        return words.format(said.key(), said.args().toArray());
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 159) + "…";
    }

    /**
     * The report for machines: keys, states and reasons ({@code reason}: the bundle key) in English, never
     * translated; the sentences a reader reads ({@code why}, an origin's {@code label}) in the language of {@code words}.
     */
    public static String json(AuditResult r, Messages words) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("product", r.product());
        root.put("release", r.release());
        root.put("profile", r.profile());
        root.put("config", r.config());
        root.put("format", r.format());
        root.put("lang", words.language().code());
        root.put("clean", r.clean());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (State s : State.values()) {
            counts.put(s.key(), r.count(s));
        }
        counts.put("extra", r.counted().size());
        counts.put("vendorDefault", r.extras().size() - r.counted().size());
        root.put("counts", counts);
        List<Object> flows = new ArrayList<>();
        for (GroupFindings g : r.groups()) {
            for (FlowFinding f : g.flows()) {
                Map<String, Object> m = flowJson(f, words);
                m.put("group", g.id());
                flows.add(m);
            }
        }
        root.put("flows", flows);
        List<Object> extras = new ArrayList<>();
        for (AuditResult.Extra e : r.extras()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", originJson(e.rule(), words));
            m.put("opens", e.opens().stream().map(AuditReport::pieceJson).toList());
            m.put("more", e.more());
            m.put("everything", e.everything());
            m.put("vendorDefault", e.vendorDefault());
            extras.add(m);
        }
        root.put("extras", extras);
        if (r.upgrade() != null) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("from", r.upgrade().from());
            u.put("to", r.upgrade().to());
            u.put("open", r.upgrade().open().stream().map(f -> flowJson(f, words)).toList());
            u.put("change", r.upgrade().change().stream().map(f -> flowJson(f, words)).toList());
            u.put("close", r.upgrade().close().stream().map(f -> flowJson(f, words)).toList());
            u.put("unknown", r.upgrade().unknown().stream().map(FlowFinding::id).toList());
            root.put("upgrade", u);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> flowJson(FlowFinding f, Messages words) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("name", f.name());
        m.put("state", f.state().key());
        m.put("acceptedBy", f.accepted().stream().map(o -> originJson(o, words)).toList());
        m.put("deniedBy", f.denied().stream().map(o -> originJson(o, words)).toList());
        m.put("missing", f.missing().stream().map(AuditReport::pieceJson).toList());
        if (f.state() == State.UNKNOWN) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("rule", originJson(f.unknownRule(), words));
            u.put("part", f.unknownPart() == null ? null : f.unknownPart().text());
            u.put("reason", f.unknownPart() == null ? null : f.unknownPart().why().key());
            u.put("why", f.unknownPart() == null ? null : say(f.unknownPart().why(), words));
            m.put("unknown", u);
        }
        return m;
    }

    private static Map<String, Object> pieceJson(Piece p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", p.source());
        m.put("destination", p.destination());
        m.put("protocol", p.protocol());
        m.put("ports", p.ports());
        return m;
    }

    private static Map<String, Object> originJson(Origin o, Messages words) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", o.file());
        m.put("line", o.line());
        m.put("column", o.column());
        m.put("name", o.name());
        m.put("text", o.text());
        m.put("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("label", o.said() == null ? null : say(o.said(), words));
        return m;
    }
}
