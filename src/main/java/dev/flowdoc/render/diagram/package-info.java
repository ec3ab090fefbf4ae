/**
 * The zone diagram: a view's flows as a graph ({@link dev.flowdoc.render.diagram.DiagramModelBuilder}), laid out
 * by Eclipse ELK into a neutral drawing ({@link dev.flowdoc.render.diagram.Drawing}, all coordinates), which the
 * SVG writer here and the PDF drawer in render/pdf draw the same way.
 */
package dev.flowdoc.render.diagram;
