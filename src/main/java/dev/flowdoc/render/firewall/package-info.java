/**
 * Firewall rulesets: the use case ({@link dev.flowdoc.render.firewall.Firewall}: an address file or a filled checklist,
 * a whole release or a delta, always through the same {@link dev.flowdoc.view.delta.Delta}), a neutral
 * {@link dev.flowdoc.render.firewall.RuleSet} built from a profile's or a delta's rows and the customer's addresses,
 * and one writer per format (nftables, FortiGate CLI, PAN-OS set commands).
 * {@link dev.flowdoc.render.firewall.Services} and {@link dev.flowdoc.render.firewall.Zones} are the only places that
 * read ports, protocols and zones (from the view's rows, not the model). The command line reads the files and writes the result; nothing here
 * touches the disk.
 */
package dev.flowdoc.render.firewall;
