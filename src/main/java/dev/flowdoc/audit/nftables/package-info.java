/**
 * The nftables reader of {@code flowdoc audit}: the JSON of {@code nft -j list ruleset} and the text of
 * {@code nft list ruleset}, both into the policy model ({@link dev.flowdoc.audit.policy}) through one set of statement
 * meanings ({@code Statements}, {@code RuleBuilder}), so the same ruleset means the same in either form.
 */
package dev.flowdoc.audit.nftables;
