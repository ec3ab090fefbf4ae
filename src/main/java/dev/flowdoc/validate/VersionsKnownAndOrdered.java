package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;

import dev.flowdoc.model.Change;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.Release;
import dev.flowdoc.model.Version;
import java.util.List;
import java.util.Optional;

/** VersionsKnownAndOrdered are x.y.z and named in the release list (oldest first); since, changes and removed come in that order. */
final class VersionsKnownAndOrdered implements Validator.Rule {
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
        Release dated = null;
        for (Release r : releases) {
            if (r.date() == null) {
                continue;
            }
            if (dated != null && r.version().isAfter(dated.version()) && r.date().isBefore(dated.date())) {
                problems.warning(r.location(), "release " + r.version() + " is dated " + r.date() + ", before the older release "
                        + dated.version() + " (" + dated.date() + ")",
                        "check the date; a maintenance release of an older line may come later, not a newer release earlier");
            }
            // a maintenance release (x.y.z, z > 0) may come out after a newer line; it sets no bound
            if (r.version().patch() == 0 && (dated == null || r.date().isAfter(dated.date()))) {
                dated = r;
            }
        }
        List<String> known = releases.stream().map(r -> r.version().toString()).toList();
        for (Group g : project.groups()) {
            String entry = "group '" + g.id() + "'";
            check(project, g.since(), entry + " since", g.location(), known, problems);
            check(project, g.removed(), entry + " removed", g.location(), known, problems);
            order(g.since(), g.removed(), entry, g.location(), problems);
            for (Flow f : g.flows()) {
                flow(project, g, f, known, problems);
            }
        }
        for (MenuEntry m : project.menu()) {
            check(project, m.since(), "menu entry '" + m.id() + "' since", m.location(), known, problems);
        }
    }

    private static void flow(Project project, Group g, Flow f, List<String> known, Problems problems) {
        String entry = "flow '" + f.id() + "'";
        check(project, f.since(), entry + " since", f.location(), known, problems);
        check(project, f.removed(), entry + " removed", f.location(), known, problems);
        String since = g.sinceOf(f);
        String removed = g.removedOf(f);
        order(since, removed, entry, f.location(), problems);
        String previous = null;
        for (Change c : f.changes()) {
            String what = entry + " change " + c.version();
            check(project, c.version(), what, c.location(), known, problems);
            Optional<Version> v = Version.parse(c.version());
            if (v.isEmpty()) {
                continue;
            }
            if (since != null && Version.parse(since).map(s -> !v.get().isAfter(s)).orElse(false)) {
                problems.error(c.location(), what + ": the change must come after the flow appeared (" + since + ")",
                        "a change's version is the first release with the new ports");
            }
            if (removed != null && Version.parse(removed).map(r -> !r.isAfter(v.get())).orElse(false)) {
                problems.error(c.location(), what + ": the change comes after the flow was removed (" + removed + ")");
            }
            if (previous != null && Version.parse(previous).map(p -> !v.get().isAfter(p)).orElse(false)) {
                problems.error(c.location(), what + ": changes must be listed oldest first, each release once",
                        "move it before the change " + previous);
            }
            previous = c.version();
        }
    }

    private static void order(String since, String removed, String entry, Location where, Problems problems) {
        if (since == null || removed == null) {
            return;
        }
        Optional<Version> s = Version.parse(since);
        Optional<Version> r = Version.parse(removed);
        if (s.isPresent() && r.isPresent() && !r.get().isAfter(s.get())) {
            problems.error(where, entry + ": removed in " + removed + " is not after since " + since,
                    "'removed' names the first release without it, so it must be later than 'since'");
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
