/**
 * The render stage: each output is a function of the view ({@link dev.flowdoc.view.DocView}), the loaded theme and
 * the build date, and decides only how a thing looks. No renderer reads the disk or runs a process. One package per
 * output: adoc/ (AsciidoctorJ extensions, generated AsciiDoc), page/ (a converted page's prose), html/ (layout,
 * site pages), pdf/ (manual and checklists), export/ (flows.json, flows.csv, the changes between releases).
 */
package dev.flowdoc.render;
