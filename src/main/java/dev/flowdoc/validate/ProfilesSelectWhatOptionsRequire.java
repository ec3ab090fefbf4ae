package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;

import dev.flowdoc.model.Option;
import dev.flowdoc.model.OptionRef;
import dev.flowdoc.model.Profile;
import dev.flowdoc.model.Project;
import java.util.Optional;
import java.util.Set;

/** A profile selects what its options require (a cluster needs time synchronization). */
final class ProfilesSelectWhatOptionsRequire implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        for (Profile profile : project.deployment().profiles()) {
            Set<String> selected = profile.optionIds();
            for (OptionRef ref : profile.options()) {
                Optional<Option> option = project.deployment().option(ref.id());
                if (option.isPresent() && !option.get().requires().test(selected)) {
                    String needs = option.get().requires().describe().replaceAll("^\\((.*)\\)$", "$1");
                    problems.error(ref.location(), "profile '" + profile.id() + "': option '" + ref.id() + "' requires " + needs
                                    + ", which the profile does not select",
                            "add " + needs + " to the profile's options, or remove '" + ref.id() + "'");
                }
            }
        }
    }
}
