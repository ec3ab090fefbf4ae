package dev.flowdoc.audit;

import dev.flowdoc.audit.policy.PortRange;

/**
 * A class of first packets the evaluator judges at once: from the addresses {@code source} to {@code destination},
 * protocol {@code protocol} ("tcp", "udp", "icmp", "icmpv6", "esp" …) and destination ports (ICMP: types) {@code ports},
 * null for a protocol without them. Spans and port ranges are cut on every boundary of every rule, so each packet of
 * the class meets the same rules. {@code sourceZone}, {@code destinationZone}: flowdoc's zone keys where known (for
 * rules that match interfaces or zones), else null.
 */
record Probe(Span source, Span destination, String protocol, PortRange ports, String sourceZone, String destinationZone) {}
