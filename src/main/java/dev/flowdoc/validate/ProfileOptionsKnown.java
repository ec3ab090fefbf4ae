package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;

import dev.flowdoc.model.Option;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.util.List;

/** A profile selects only options of data/options.json. */
final class ProfileOptionsKnown implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        List<String> known = project.deployment().options().stream().map(Option::id).toList();
        for (Profile profile : project.deployment().profiles()) {
            for (OptionRef ref : profile.options()) {
                if (project.deployment().option(ref.id()).isEmpty()) {
                    problems.error(ref.location(), "profile '" + profile.id() + "': unknown option '" + ref.id() + "'",
                            Suggest.didYouMean(ref.id(), known, "use an id of data/options.json: " + String.join(", ", known)));
                }
            }
        }
    }
}
