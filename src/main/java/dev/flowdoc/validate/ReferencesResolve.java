package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Suggest;

import dev.flowdoc.model.Chapter;
import dev.flowdoc.model.Endpoint;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.Group;
import dev.flowdoc.model.Inline;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Location;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ProjectTexts;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.model.Text;
import java.util.Collection;
import java.util.List;

/** Every id the data names exists: endpoints of flows, proxy menus, inline references in texts (either language). */
final class ReferencesResolve implements Validator.Rule {
    @Override
    public void check(Project project, Problems problems) {
        List<String> endpointIds = project.endpoints().stream().map(Endpoint::id).toList();
        for (Group group : project.groups()) {
            for (Flow flow : group.flows()) {
                String entry = "flow '" + flow.id() + "'";
                endpoints(flow, flow.source(), "source", entry, endpointIds, problems);
                endpoints(flow, flow.destination(), "destination", entry, endpointIds, problems);
                if (flow.proxy() != null && flow.proxy().menu() != null && project.menuEntry(flow.proxy().menu()).isEmpty()) {
                    unknown(RefKind.MENU, flow.proxy().menu(), entry + " proxy", flow.proxy().location(), project, problems);
                }
            }
        }
        for (ProjectTexts.Entry e : project.texts().all()) {
            inline(project, e.text(), e.entry(), problems);
        }
    }

    private static void endpoints(Flow flow, List<String> ids, String field, String entry, List<String> known,
                                  Problems problems) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!known.contains(id)) {
                problems.error(flow.at(field, i), entry + ": unknown endpoint '" + id + "' in " + field,
                        Suggest.didYouMean(id, known, "add it to data/endpoints.json or use one of its ids"));
            }
        }
    }

    private static void inline(Project project, Text text, String entry, Problems problems) {
        for (Language lang : Language.values()) {
            for (Inline.Ref ref : Inline.refs(text.in(lang))) {
                if (!exists(project, ref.kind(), ref.id())) {
                    unknown(ref.kind(), ref.id(), entry + " (" + lang.code() + " text)", text.location(), project, problems);
                }
            }
        }
    }

    static boolean exists(Project project, RefKind kind, String id) {
        return switch (kind) {
            case MENU -> project.menuEntry(id).isPresent();
            case CHAPTER -> project.chapter(id).isPresent();
            case GROUP -> project.group(id).isPresent();
            case FLOW -> project.flow(id).isPresent();
        };
    }

    static Collection<String> ids(Project project, RefKind kind) {
        return switch (kind) {
            case MENU -> project.menu().stream().map(MenuEntry::id).toList();
            case CHAPTER -> project.chapters().stream().map(Chapter::id).toList();
            case GROUP -> project.groups().stream().map(Group::id).toList();
            case FLOW -> project.flows().map(Flow::id).toList();
        };
    }

    static void unknown(RefKind kind, String id, String entry, Location where, Project project, Problems problems) {
        String file = switch (kind) {
            case MENU -> "data/menu.json";
            case CHAPTER -> "data/chapters.json";
            case GROUP, FLOW -> "data/flows.json";
        };
        String noun = kind == RefKind.MENU ? "menu entry" : kind.key();
        problems.error(where, entry + ": unknown " + noun + " '" + id + "'",
                Suggest.didYouMean(id, ids(project, kind), "define it in " + file + " or correct the id"));
    }
}
