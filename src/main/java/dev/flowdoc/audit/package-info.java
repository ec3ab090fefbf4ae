/**
 * {@code flowdoc audit}: reads a customer's exported firewall configuration back ({@code policy/} holds the
 * vendor-neutral model every reader produces) and says, for every documented flow of a release and profile with the
 * customer's addresses, whether the configuration lets it through (open, partly open, closed, unknown), which accept
 * rules open more than the documentation needs, and what an upgrade to another release asks to open, change and
 * close. It imports {@code view}, {@code load}, {@code model}, {@code diag} and {@code render.firewall}; only
 * {@code cli} imports it. Nothing here touches the disk: the command line reads the files and prints the report.
 */
package dev.flowdoc.audit;
