/**
 * Prose pages through Asciidoctor: flowdoc's extensions ({@link dev.flowdoc.render.page.PageMacros}, registered by
 * {@link dev.flowdoc.render.page.PageConverter}), which leave a placeholder where a flow table or diagram goes and
 * record every call ({@link dev.flowdoc.render.page.MacroCalls}); the flow table's one HTML writer
 * ({@link dev.flowdoc.render.page.FlowTableHtml}); and what a converted page says, as records any renderer can draw
 * ({@link dev.flowdoc.render.page.Prose}), read from the same document.
 */
package dev.flowdoc.render.page;
