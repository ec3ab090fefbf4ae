package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Group;
import dev.flowdoc.model.Option;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Project;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Warning: an option that no condition and no other option's "requires" names decides no flow. */
final class OptionsUsed implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        Stream<OptionRef> inRequires = project.deployment().options().stream().flatMap(o -> o.requires().refs());
        Stream<OptionRef> inConditions = project.groups().stream()
                .flatMap((Group g) -> g.flows().stream().flatMap(f -> g.conditionOf(f).refs()));
        Set<String> used = Stream.concat(inRequires, inConditions).map(OptionRef::id).collect(Collectors.toSet());
        for (Option o : project.deployment().options()) {
            if (!used.contains(o.id())) {
                problems.warning(o.location(), "option '" + o.id() + "' decides no flow",
                        "name it in a condition in data/flows.json or remove it");
            }
        }
    }
}
