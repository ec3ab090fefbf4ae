package dev.flowdoc.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When a flow is needed, as an expression over the deployment options a profile selects. Written in JSON as
 * {@code {"option": ID}}, {@code {"any": [...]}}, {@code {"all": [...]}} or {@code {"not": ...}}; a flow without
 * one (and without one on its group) is needed {@link #ALWAYS}.
 */
public sealed interface Condition {
    Condition ALWAYS = new Always();

    /** True if a deployment with exactly these options selected needs what this condition guards. */
    boolean test(Set<String> selected);

    /** Every option reference in the expression, with its place in the data. */
    Stream<OptionRef> refs();

    /** The expression in the data's own words, for messages: "cluster", "ntp-internet or ntp-internal". */
    String describe();

    record Always() implements Condition {
        public boolean test(Set<String> selected) { return true; }
        public Stream<OptionRef> refs() { return Stream.empty(); }
        public String describe() { return "always"; }
    }

    record Is(OptionRef option) implements Condition {
        public boolean test(Set<String> selected) { return selected.contains(option.id()); }
        public Stream<OptionRef> refs() { return Stream.of(option); }
        public String describe() { return option.id(); }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any { conditions = List.copyOf(conditions); }
        public boolean test(Set<String> selected) { return conditions.stream().anyMatch(c -> c.test(selected)); }
        public Stream<OptionRef> refs() { return conditions.stream().flatMap(Condition::refs); }
        public String describe() { return join(conditions, " or "); }
    }

    record All(List<Condition> conditions) implements Condition {
        public All { conditions = List.copyOf(conditions); }
        public boolean test(Set<String> selected) { return conditions.stream().allMatch(c -> c.test(selected)); }
        public Stream<OptionRef> refs() { return conditions.stream().flatMap(Condition::refs); }
        public String describe() { return join(conditions, " and "); }
    }

    record Not(Condition condition) implements Condition {
        public boolean test(Set<String> selected) { return !condition.test(selected); }
        public Stream<OptionRef> refs() { return condition.refs(); }
        public String describe() { return "not " + condition.describe(); }
    }

    private static String join(List<Condition> parts, String word) {
        String text = parts.stream().map(Condition::describe).collect(Collectors.joining(word));
        return parts.size() > 1 ? "(" + text + ")" : text;
    }
}
