package dev.flowdoc.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits an administrator makes to the ruleset flowdoc wrote, as text in the vendor's own syntax: a flow's rule
 * removed, a service narrowed, an extra accept for RDP, a deny copied from a flow's accept and placed before it.
 * Each edit fails the test when the text it edits is not there, so a change of the writers cannot make it a no-op.
 */
final class Edits {
    private Edits() {}

    /** The FortiGate policy block of a flow: "    edit N\n        set name \"ID\"\n … next\n". */
    private static Matcher fortigatePolicy(String text, String flowId) {
        Matcher m = Pattern.compile("(?s)    edit (\\d+)\n        set name \"" + Pattern.quote(flowId) + "\"\n.*?    next\n").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no policy for " + flowId + " in\n" + text);
        }
        return m;
    }

    static String remove(String format, String text, String flowId) {
        if (format.equals("fortigate")) {
            Matcher m = fortigatePolicy(text, flowId);
            return text.substring(0, m.start()) + text.substring(m.end());
        }
        String edited = text.replaceAll("(?m)^set rulebase security rules " + Pattern.quote(flowId) + "(-app)? .*\n", "");
        if (edited.equals(text)) {
            throw new AssertionError("no rule for " + flowId);
        }
        return edited;
    }

    /** The service's ports as the writer lists them ("80 443 873 2703"; PAN-OS with commas) narrowed to {@code to}. */
    static String narrow(String format, String text, String from, String to) {
        String before = format.equals("fortigate") ? "set tcp-portrange " + from + "\n" : " protocol tcp port " + from.replace(' ', ',') + "\n";
        String after = format.equals("fortigate") ? "set tcp-portrange " + to + "\n" : " protocol tcp port " + to.replace(' ', ',') + "\n";
        if (!text.contains(before)) {
            throw new AssertionError("no service '" + before.strip() + "' in\n" + text);
        }
        return text.replace(before, after);
    }

    /** An accept for TCP 3389 from anywhere to {@code address}, after every other rule. */
    static String rdp(String format, String text, String address) {
        if (format.equals("fortigate")) {
            int end = text.lastIndexOf("    next\nend\n");
            String object = "config firewall address\n    edit \"rdp-target\"\n        set subnet " + address + " 255.255.255.255\n    next\nend\n";
            String policy = "    next\n    edit 7\n        set name \"rdp\"\n        set srcintf \"any\"\n        set dstintf \"any\"\n"
                    + "        set srcaddr \"all\"\n        set dstaddr \"rdp-target\"\n        set action accept\n        set schedule \"always\"\n"
                    + "        set service \"RDP\"\n    next\nend\n";
            int policies = text.indexOf("config firewall policy\n");
            return text.substring(0, policies) + object + text.substring(policies, end) + policy + text.substring(end + "    next\nend\n".length());
        }
        return text + "set service rdp protocol tcp port 3389\n"
                + "set rulebase security rules rdp from any to any source any destination " + address
                + "/32 source-user any category any application any service rdp action allow\n";
    }

    /** A copy of the flow's accept with action deny, named "block-ID", placed right before it. */
    static String denyBefore(String format, String text, String flowId) {
        if (format.equals("fortigate")) {
            Matcher m = fortigatePolicy(text, flowId);
            String deny = m.group().replaceFirst("edit \\d+", "edit 9").replace("set name \"" + flowId + "\"", "set name \"block-" + flowId + "\"")
                    .replace("set action accept", "set action deny");
            return text.substring(0, m.start()) + deny + text.substring(m.start());
        }
        Matcher m = Pattern.compile("(?m)^set rulebase security rules " + Pattern.quote(flowId) + " (from .*) action allow\n").matcher(text);
        if (!m.find()) {
            throw new AssertionError("no rule for " + flowId + " in\n" + text);
        }
        return text.substring(0, m.start()) + "set rulebase security rules block-" + flowId + " " + m.group(1) + " action deny\n"
                + text.substring(m.start());
    }
}
