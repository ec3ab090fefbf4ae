/**
 * PDFs on Apache PDFBox: the firewall checklist of a deployment profile ({@link dev.flowdoc.render.pdf.ChecklistWriter})
 * and the manual page ({@link dev.flowdoc.render.pdf.ManualPdfWriter}), sharing one table layout.
 */
package dev.flowdoc.render.pdf;
