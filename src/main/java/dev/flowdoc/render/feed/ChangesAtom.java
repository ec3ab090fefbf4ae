package dev.flowdoc.render.feed;

import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.render.html.PageLayout;
import dev.flowdoc.render.html.SiteUrls;
import dev.flowdoc.view.delta.Action;
import dev.flowdoc.view.delta.DeltaRow;
import dev.flowdoc.view.delta.DeltaView;
import dev.flowdoc.view.delta.ReleaseHistory;
import dev.flowdoc.view.delta.ReleaseHistory.Step;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * LANG/changes.atom: an Atom 1.0 feed (RFC 4287) of the firewall changes, one entry per release up to the documented
 * one, newest first. An entry's {@code updated} is the release's date from data/product.json (the build's date for a
 * release without one), its link the release's heading on its upgrade page, its content the delta in the feed's
 * language as XHTML: what to open, change and close, the tables of the upgrade page. Ids are stable: under the site's
 * address when one is given ({@code --base-url}), else tag URIs of the product's id. Written with StAX, never by
 * hand; no clock is read, so the same sources give the same bytes.
 */
public final class ChangesAtom {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The tagging authority and date of the ids without a site address (RFC 4151). */
    static final String TAG = "tag:flowdoc.dev,2026:";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** The columns of a delta's table, the upgrade page's; the note only where an entry has one. */
    private static final List<String> HEADINGS = List.of("table.group", "table.port", "table.source",
            "table.destination", "table.description", "changes.note");

    private final ReleaseLinks sites;
    private final Messages words;
    private final SiteUrls urls;
    private final Instant fallback;
    private final Language language;
    private XMLStreamWriter out;

    private ChangesAtom(ReleaseLinks sites, Messages words, SiteUrls urls, Instant fallback) {
        this.sites = sites;
        this.words = words;
        this.urls = urls;
        this.fallback = fallback;
        this.language = words.language();
    }

    /** The feed's site path, e.g. "de/changes.atom". */
    public static String path(Language language) {
        return language.code() + "/" + PageLayout.FEED;
    }

    /** The feed in the language of {@code words}; {@code buildDate} stands in for a release without a date. */
    public static String write(ReleaseLinks sites, Messages words, SiteUrls urls, Instant buildDate) {
        return new ChangesAtom(sites, words, urls, buildDate).feed();
    }

    private String feed() {
        ReleaseHistory history = sites.history();
        List<Step> steps = history.newestFirst();
        StringWriter text = new StringWriter();
        try {
            out = XML.createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            newline(0);
            out.setDefaultNamespace(ATOM);
            out.writeStartElement(ATOM, "feed");
            out.writeDefaultNamespace(ATOM);
            out.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language.code());
            element(1, "id", feedId());
            element(1, "title", words.format("feed.title", history.product()));
            element(1, "subtitle", words.format("feed.subtitle", history.product()));
            element(1, "updated", steps.stream().map(this::updated).max(Instant::compareTo).map(ChangesAtom::time)
                    .orElse(time(fallback)));
            newline(1);
            out.writeStartElement(ATOM, "author");
            element(2, "name", history.product());
            newline(1);
            out.writeEndElement();
            link(1, "self", "application/atom+xml", href(path(language)));
            link(1, "alternate", "text/html", href(language.code() + "/"
                    + sites.upgradePage(language).orElse(sites.mainPage(language))));
            newline(1);
            out.writeStartElement(ATOM, "generator");
            out.writeCharacters("flowdoc");
            out.writeEndElement();
            for (Step step : steps) {
                entry(step);
            }
            newline(0);
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text + "\n";
    }

    private void entry(Step step) throws XMLStreamException {
        newline(1);
        out.writeStartElement(ATOM, "entry");
        element(2, "id", entryId(step));
        element(2, "title", step.first() ? words.format("feed.firstTitle", step.version())
                : words.format("changes.heading", step.into(language).from(), step.into(language).to()));
        element(2, "updated", time(updated(step)));
        link(2, "alternate", "text/html", href(sites.changesPath(step, language)));
        newline(2);
        out.writeStartElement(ATOM, "content");
        out.writeAttribute("type", "xhtml");
        newline(3);
        out.setDefaultNamespace(XHTML);
        out.writeStartElement(XHTML, "div");
        out.writeDefaultNamespace(XHTML);
        if (step.first()) {
            xhtml(4, "p", words.format("feed.first", step.version()));
        } else {
            delta(step.into(language));
        }
        newline(3);
        out.writeEndElement();
        out.setDefaultNamespace(ATOM);
        newline(2);
        out.writeEndElement();
        newline(1);
        out.writeEndElement();
    }

    /** The delta as the upgrade page has it: per action a heading and a table, or the sentence that nothing changes. */
    private void delta(DeltaView view) throws XMLStreamException {
        if (view.rows().isEmpty()) {
            xhtml(4, "p", words.get("changes.none"));
            return;
        }
        for (Action action : Action.values()) {
            List<DeltaRow> rows = view.rows(action);
            if (rows.isEmpty()) {
                continue;
            }
            boolean notes = rows.stream().anyMatch(r -> !r.note().isEmpty());
            xhtml(4, "h3", DeltaRow.label(action, words));
            newline(4);
            out.writeStartElement(XHTML, "table");
            newline(5);
            out.writeStartElement(XHTML, "tr");
            for (String heading : HEADINGS.subList(0, notes ? HEADINGS.size() : HEADINGS.size() - 1)) {
                xhtml(-1, "th", words.get(heading));
            }
            out.writeEndElement();
            for (DeltaRow r : rows) {
                newline(5);
                out.writeStartElement(XHTML, "tr");
                for (Function<DeltaRow, String> cell : List.<Function<DeltaRow, String>>of(DeltaRow::group, DeltaRow::ports,
                        DeltaRow::source, DeltaRow::destination, DeltaRow::descriptionText)) {
                    xhtml(-1, "td", cell.apply(r));
                }
                if (notes) {
                    xhtml(-1, "td", r.noteText());
                }
                out.writeEndElement();
            }
            newline(4);
            out.writeEndElement();
        }
    }

    private String feedId() {
        return urls.absolute() ? urls.href("", path(language)) : TAG + sites.history().productId() + "/changes/" + language.code();
    }

    /** The release's entry id: the same whatever the site's layout, so a reader never sees an entry twice. */
    private String entryId(Step step) {
        return urls.absolute() ? urls.href("", path(language)) + "#" + step.version()
                : TAG + sites.history().productId() + "/changes/" + language.code() + "/" + step.version();
    }

    /** A site path as the feed (in LANG/) links it: relative, or absolute under the site's address. */
    private String href(String sitePath) {
        return urls.href("../", sitePath);
    }

    private Instant updated(Step step) {
        return step.date() != null ? step.date().atStartOfDay(ZoneOffset.UTC).toInstant() : fallback;
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private void element(int depth, String name, String text) throws XMLStreamException {
        newline(depth);
        out.writeStartElement(ATOM, name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private void link(int depth, String rel, String type, String href) throws XMLStreamException {
        newline(depth);
        out.writeEmptyElement(ATOM, "link");
        out.writeAttribute("rel", rel);
        out.writeAttribute("type", type);
        out.writeAttribute("href", href);
    }

    /** An XHTML element with text; {@code depth} -1: on the same line. */
    private void xhtml(int depth, String name, String text) throws XMLStreamException {
        if (depth >= 0) {
            newline(depth);
        }
        out.writeStartElement(XHTML, name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private void newline(int depth) throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }
}
