/** What the vendor readers share: telling exports apart by their marker lines (so a reader names the vendor of a wrong export), and networks as firewalls write them. */
package dev.flowdoc.audit.vendor;
