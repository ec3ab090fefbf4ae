/**
 * PDFs on Apache PDFBox: the firewall checklist of a deployment profile ({@link dev.flowdoc.render.pdf.ChecklistWriter})
 * and the manual page ({@link dev.flowdoc.render.pdf.ManualPdfWriter}: the page's prose as Asciidoctor read it,
 * drawn by {@link dev.flowdoc.render.pdf.ProsePdf}, and the flow table from the data), sharing one table layout.
 * Every PDF is tagged for PDF/UA-1 while it is drawn: writers say what they draw (heading, paragraph, list, table
 * cell, link, form field, artifact) through {@link dev.flowdoc.render.pdf.PageFlow} and its
 * {@link dev.flowdoc.render.pdf.Tagging}, which builds the structure tree.
 */
package dev.flowdoc.render.pdf;
