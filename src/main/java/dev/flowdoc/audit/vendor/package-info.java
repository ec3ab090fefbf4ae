/** Telling firewall exports apart by their marker lines, so a reader names the vendor of a wrong export. */
package dev.flowdoc.audit.vendor;
