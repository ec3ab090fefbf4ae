package dev.flowdoc.validate;

import dev.flowdoc.model.Deployment;
import dev.flowdoc.model.Option;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.util.List;
import java.util.Set;

/** Profiles name known options, and select what their options require (a cluster needs time synchronization). */
final class Profiles implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        Deployment d = project.deployment();
        List<String> known = d.options().stream().map(Option::id).toList();
        for (Profile profile : d.profiles()) {
            String entry = "profile '" + profile.id() + "'";
            Set<String> selected = profile.optionIds();
            for (OptionRef ref : profile.options()) {
                var option = d.option(ref.id());
                if (option.isEmpty()) {
                    problems.error(ref.location(), entry + ": unknown option '" + ref.id() + "'",
                            Conditions.hintOr(Suggest.didYouMean(ref.id(), known),
                                    "use an id of data/options.json: " + String.join(", ", known)));
                } else if (!option.get().requires().test(selected)) {
                    String needs = option.get().requires().describe().replaceAll("^\\((.*)\\)$", "$1");
                    problems.error(ref.location(), entry + ": option '" + ref.id() + "' requires " + needs
                                    + ", which the profile does not select",
                            "add " + needs + " to the profile's options, or remove '" + ref.id() + "'");
                }
            }
        }
    }
}
