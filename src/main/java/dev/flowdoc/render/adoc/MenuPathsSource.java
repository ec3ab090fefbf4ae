package dev.flowdoc.render.adoc;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.MenuUsage;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admin-UI menu paths the documentation names, as an AsciiDoc table: each path (anchored, so that menu paths
 * in the flow table link to it) and the groups and flows that name it. Both the block macro
 * ({@code menupaths::all[]}) and the generated AsciiDoc of the page are made from it.
 */
public final class MenuPathsSource {
    /** The block macro's name: {@code menupaths::all[]}. */
    public static final String MACRO = Macros.MENUPATHS;

    private MenuPathsSource() {}

    public static String write(Project project, Content content, AdocText text) {
        StringBuilder out = new StringBuilder("[cols=\"2,3\",options=\"header\"]\n|===\n");
        out.append('|').append(AdocEscape.cell(text.literal(text.messages().get("menu.path")))).append('\n');
        out.append('|').append(AdocEscape.cell(text.literal(text.messages().get("menu.usedBy")))).append("\n\n");
        for (Map.Entry<String, List<MenuUsage.User>> used : MenuUsage.of(project, content).entrySet()) {
            MenuEntry entry = project.menuEntry(used.getKey()).orElseThrow();
            out.append("|[[").append(entry.anchor()).append("]]")
                    .append(AdocEscape.cell(text.literal(entry.pathLabel()))).append('\n');
            out.append('|').append(used.getValue().stream().map(u -> AdocEscape.cell(user(project, u, text)))
                    .collect(Collectors.joining(AdocText.BREAK))).append("\n\n");
        }
        return out.append("|===\n").toString();
    }

    /** A group, or a flow after its group: "Namensauflösung: Appliance → Name-Server (intern), TCP/UDP 53 (DNS)". */
    private static String user(Project project, MenuUsage.User user, AdocText text) {
        if (user.kind() != RefKind.FLOW) {
            return text.ref(user.kind(), user.id());
        }
        String group = project.groupOf(project.flow(user.id()).orElseThrow()).id();
        return text.ref(RefKind.GROUP, group) + ": " + text.ref(RefKind.FLOW, user.id());
    }
}
