/** The immutable model of a flowdoc project: groups, flows, endpoints, menu paths, chapters, releases. */
package dev.flowdoc.model;
