/**
 * Reads data/*.json and content/ into the model, recording where every node came from (every text keeps the line
 * and column of its object); syntax and schema errors, each naming the entry it lies in ({@code EntryNames}).
 */
package dev.flowdoc.load;
