/**
 * The immutable model of a flowdoc project: groups and flows (each with its condition over the deployment
 * options), endpoints, menu paths, chapters, releases, options and profiles. {@link dev.flowdoc.model.ProjectTexts}
 * is the one registry of the project's texts (id path, entry, context, place), {@link dev.flowdoc.model.EntryKind}
 * the kinds of entries the data lists.
 */
package dev.flowdoc.model;
