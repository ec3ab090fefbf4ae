package dev.flowdoc.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A named deployment (data/profiles/ID.json): the options it uses, or every flow ({@code everyFlow}, "options":
 * "all"). Its checklist lists exactly the flows it needs.
 */
public record Profile(String id, Text title, Text description, boolean everyFlow, List<OptionRef> options,
                      Location location) {
    public Profile {
        options = List.copyOf(options);
    }

    public Set<String> optionIds() {
        return options.stream().map(OptionRef::id).collect(Collectors.toUnmodifiableSet());
    }

    /** True if this deployment needs a flow guarded by {@code condition}. */
    public boolean needs(Condition condition) {
        return everyFlow || condition.test(optionIds());
    }
}
