/**
 * PDFs on Apache PDFBox: the firewall checklist of a deployment profile ({@link dev.flowdoc.render.pdf.ChecklistWriter})
 * and the manual page ({@link dev.flowdoc.render.pdf.ManualPdfWriter}: the page's prose as Asciidoctor read it,
 * drawn by {@link dev.flowdoc.render.pdf.ProsePdf}, and the flow table from the data), sharing one table layout.
 */
package dev.flowdoc.render.pdf;
