/**
 * Firewall rulesets from the view: a neutral {@link dev.flowdoc.render.firewall.RuleSet} built from a profile's or a
 * delta's rows and the customer's addresses, and one writer per format (nftables, FortiGate CLI, PAN-OS set
 * commands). {@link dev.flowdoc.render.firewall.Services} and {@link dev.flowdoc.render.firewall.Zones} are the only
 * places that read ports, protocols and zones of the model.
 */
package dev.flowdoc.render.firewall;
