/**
 * The vendor-neutral policy model of {@code flowdoc audit}: what a firewall's exported configuration lets through,
 * in a form every reader produces and the evaluator alone interprets. Immutable records; nothing here reads a file.
 *
 * <h2>The contract for a reader ({@link dev.flowdoc.audit.policy.PolicyReader})</h2>
 * <ul>
 *   <li>{@link dev.flowdoc.audit.policy.Policy}: named {@link dev.flowdoc.audit.policy.Chain}s. A <em>base</em> chain
 *       has a {@link dev.flowdoc.audit.policy.Hook} and a default verdict (its policy); a regular chain (hook null)
 *       is only entered by a {@code jump} or {@code goto}. Traffic through the firewall is judged at
 *       {@link dev.flowdoc.audit.policy.Hook#FORWARD}; traffic to the appliance's own host at {@code INPUT} too.
 *       <ul>
 *         <li>FortiGate and PAN-OS: one base chain on {@code FORWARD} with the policies in their order (first match
 *             wins) and the default verdict {@code DROP} (implicit deny). PAN-OS's implicit
 *             {@code intrazone-default} (allow inside one zone) is written as rules (one per zone, from Z to Z,
 *             {@link dev.flowdoc.audit.policy.Origin} named "intrazone-default") placed last, before the default.</li>
 *         <li>nftables: every chain of every table, named "family table chain" (e.g. "inet flowdoc forward"); a
 *             jump names the target that way. Several base chains on one hook all have to accept a packet.</li>
 *       </ul></li>
 *   <li>{@link dev.flowdoc.audit.policy.Rule}: one {@link dev.flowdoc.audit.policy.Match} (every part must match; an
 *       empty part matches everything) and one {@link dev.flowdoc.audit.policy.Verdict}. Named objects (address
 *       groups, services, named sets) are resolved by the reader: the match holds addresses and ports, not names.
 *       A rule that matches more than one service or address list ("tcp 80 or udp 53") lists them all.</li>
 *   <li><b>Never guess.</b> A match the reader does not understand, an object it cannot resolve, an option it does
 *       not know the effect of: an {@link dev.flowdoc.audit.policy.Unresolved} in the match, naming the words. The
 *       evaluator then calls every flow the rule might decide <em>unknown</em>, naming the rule. Statements that
 *       cannot change whether traffic passes (counter, log, comment) are dropped silently.</li>
 *   <li>{@link dev.flowdoc.audit.policy.Origin}: where the rule stands (file, line, column), its name (FortiGate
 *       policy id and name, PAN-OS rule name, nftables chain and handle) and its text as the report quotes it; its
 *       kind (a rule, a chain's policy or the vendor's final verdict, a vendor's implicit rule) and, for what no line
 *       of the configuration writes, flowdoc's words as a {@link dev.flowdoc.audit.policy.Said}.</li>
 *   <li><b>No sentence in English.</b> Why a part is unresolved is a bundle key ({@code audit.why.*}) with the
 *       configuration's words as arguments; the report says it in the reader's language.</li>
 *   <li>Input the reader cannot parse at all: {@link dev.flowdoc.audit.policy.UnreadablePolicy} with the file, line
 *       and column and what was expected there. {@link dev.flowdoc.audit.policy.PolicyReader#recognises} tells
 *       whether a text is this vendor's export at all, so a FortiGate backup given as {@code --format panos} is
 *       answered "this is a FortiGate configuration", not with a parse error on line 1.</li>
 * </ul>
 */
package dev.flowdoc.audit.policy;
