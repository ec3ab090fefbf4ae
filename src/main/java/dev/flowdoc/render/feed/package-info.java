/**
 * The change feeds of a site, for machines and readers: {@code releases.json} (every release, its site folder, its
 * flows.json and the delta to the next release in both languages) and {@code LANG/changes.atom} (Atom 1.0, one entry
 * per release), both written from the {@link dev.flowdoc.view.delta.ReleaseHistory}'s delta views.
 */
package dev.flowdoc.render.feed;
