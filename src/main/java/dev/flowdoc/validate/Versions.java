package dev.flowdoc.validate;

import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Release;
import dev.flowdoc.model.Version;
import java.util.List;
import java.util.Optional;

/** Versions are x.y.z and named in the release list, which is ordered oldest first. */
final class Versions implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        List<Release> releases = project.product().releases();
        for (int i = 1; i < releases.size(); i++) {
            Version before = releases.get(i - 1).version();
            Version here = releases.get(i).version();
            if (!here.isAfter(before)) {
                problems.error(releases.get(i).location(), "release " + here + " is listed after " + before,
                        "list releases once each, oldest first (versions compare numerically: 9.10.0 < 13.0.0)");
            }
        }
        List<String> known = releases.stream().map(r -> r.version().toString()).toList();
        for (Group g : project.groups()) {
            check(project, g.since(), "group '" + g.id() + "' since", g.location(), known, problems);
            for (Flow f : g.flows()) {
                check(project, f.since(), "flow '" + f.id() + "' since", f.location(), known, problems);
            }
        }
        for (MenuEntry m : project.menu()) {
            check(project, m.since(), "menu entry '" + m.id() + "' since", m.location(), known, problems);
        }
    }

    private static void check(Project project, String value, String what, Location where, List<String> known,
                              Problems problems) {
        if (value == null) {
            return;
        }
        Optional<Version> v = Version.parse(value);
        if (v.isEmpty()) {
            problems.error(where, what + ": version '" + value + "' is not of the form x.y.z",
                    "write three numbers, e.g. 13.0.0");
        } else if (!project.product().hasRelease(v.get())) {
            String hint = Suggest.didYouMean(value, known);
            problems.error(where, what + ": version " + value + " is not in the release list of data/product.json",
                    (hint == null ? "" : hint + " ") + "known releases: " + String.join(", ", known));
        }
    }
}
