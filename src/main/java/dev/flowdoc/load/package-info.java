/** Reads data/*.json into the model, recording where every node came from; syntax and schema errors. */
package dev.flowdoc.load;
