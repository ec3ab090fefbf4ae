package dev.flowdoc.render.search;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.MenuEntry;
import dev.flowdoc.model.MenuUsage;
import dev.flowdoc.model.Page;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.RefKind;
import dev.flowdoc.render.page.Prose;
import dev.flowdoc.render.page.Prose.Admonition;
import dev.flowdoc.render.page.Prose.Block;
import dev.flowdoc.render.page.Prose.Heading;
import dev.flowdoc.render.page.Prose.Item;
import dev.flowdoc.render.page.Prose.ListBlock;
import dev.flowdoc.render.page.Prose.Literal;
import dev.flowdoc.render.page.Prose.Paragraph;
import dev.flowdoc.render.page.Prose.Run;
import dev.flowdoc.render.search.SearchDoc.Kind;
import dev.flowdoc.view.DocView;
import dev.flowdoc.view.FlowRow;
import dev.flowdoc.view.GroupBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the search of one language finds, from the view (groups, rows), the menu paths and the pages' prose. A flow
 * or group leads to the page whose table shows it (as links do), a menu path to its row on the page of menu paths,
 * prose to the section with the nearest anchor above it (the page itself before the first one).
 */
public final class SearchDocs {
    /**
     * Tables of a page (menu paths, endpoints, profiles, release changes) are mostly made from data the index already
     * holds as flows, groups and menu paths; their first characters are enough to find the section, and the cap keeps
     * a 5,000-flow index small.
     */
    static final int TABLE_CHARS = 600;

    private final DocView view;
    private final Project project;
    private final Content content;
    private final Language language;

    public SearchDocs(DocView view, Content content) {
        this.view = view;
        this.project = view.project();
        this.content = content;
        this.language = view.language();
    }

    /** {@code prose}: the prose of each page of the language, by page name. */
    public List<SearchDoc> all(Map<String, Prose> prose) {
        List<SearchDoc> docs = new ArrayList<>();
        for (Page page : content.pages(language)) {
            Prose p = prose.get(page.name());
            if (p != null) {
                sections(page, p, docs);
            }
        }
        for (GroupBlock group : view.groups()) {
            Optional<Page> home = content.home(language, group.id(), null, project);
            if (home.isEmpty()) {
                continue;
            }
            String page = home.get().htmlName();
            List<String> words = new ArrayList<>(group.notes());
            if (group.oneOf() != null) {
                words.add(0, group.oneOf());
            }
            docs.add(new SearchDoc(Kind.GROUP, page + "#" + group.anchor(), group.title(), home.get().title(),
                    String.join(" ", words)));
            for (FlowRow row : group.rows()) {
                // every word the row says: its name, then its description cell (annotations, requirement, changes)
                docs.add(new SearchDoc(Kind.FLOW, page + "#" + row.anchor(), row.portsText(), group.title(),
                        view.words().format("search.flow", row.name(), row.description().oneLine())));
            }
        }
        content.menuPage(language).ifPresent(page -> menuPaths(page, docs));
        return docs;
    }

    private void menuPaths(Page page, List<SearchDoc> docs) {
        for (Map.Entry<String, List<MenuUsage.User>> used : MenuUsage.of(project).entrySet()) {
            MenuEntry entry = project.menuEntry(used.getKey()).orElseThrow();
            String users = used.getValue().stream().map(this::user).flatMap(Optional::stream).distinct()
                    .collect(Collectors.joining("; "));
            docs.add(new SearchDoc(Kind.MENU, page.htmlName() + "#" + entry.anchor(), entry.pathLabel(), page.title(), users));
        }
    }

    private Optional<String> user(MenuUsage.User user) {
        if (user.kind() == RefKind.FLOW) {
            return view.row(user.id()).map(r -> view.group(r.groupId()).map(GroupBlock::title).orElse("") + ": " + r.portsText());
        }
        return user.kind() == RefKind.GROUP ? view.group(user.id()).map(GroupBlock::title) : Optional.empty();
    }

    /** The page's prose as one document per anchored section; a heading without an anchor stays in its section. */
    private void sections(Page page, Prose prose, List<SearchDoc> docs) {
        String pageTitle = prose.title() != null ? prose.title() : page.title();
        String href = page.htmlName();
        String title = pageTitle;
        String where = "";
        StringBuilder text = new StringBuilder();
        for (Block block : prose.blocks()) {
            if (block instanceof Heading h && h.id() != null) {
                docs.add(new SearchDoc(Kind.SECTION, href, title, where, text.toString()));
                href = page.htmlName() + "#" + h.id();
                title = runs(h.title());
                where = pageTitle;
                text.setLength(0);
            } else {
                text(block, text);
            }
        }
        docs.add(new SearchDoc(Kind.SECTION, href, title, where, text.toString()));
    }

    private static void text(Block block, StringBuilder out) {
        if (block instanceof Heading h) {
            out.append(runs(h.title())).append(". ");
        } else if (block instanceof Paragraph p) {
            out.append(runs(p.runs())).append(' ');
        } else if (block instanceof ListBlock l) {
            for (Item item : l.items()) {
                out.append(runs(item.runs())).append(' ');
                item.blocks().forEach(b -> text(b, out));
            }
        } else if (block instanceof Admonition a) {
            out.append(a.label()).append(": ");
            a.blocks().forEach(b -> text(b, out));
        } else if (block instanceof Literal l) {
            out.append(l.text()).append(' ');
        } else if (block instanceof Prose.Table t) {
            StringBuilder cells = new StringBuilder();
            for (List<List<Prose.TableCell>> rows : List.of(t.header(), t.body())) {
                for (List<Prose.TableCell> row : rows) {
                    for (Prose.TableCell cell : row) {
                        cell.paragraphs().forEach(p -> cells.append(runs(p)).append(' '));
                    }
                }
            }
            String s = SearchDoc.squash(cells.toString());
            out.append(s.length() <= TABLE_CHARS ? s : s.substring(0, s.lastIndexOf(' ', TABLE_CHARS) + 1)).append(' ');
        } // a flow table: its groups and rows are documents of their own
    }

    private static String runs(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.isBreak() ? " " : r.text()));
        return sb.toString();
    }
}
