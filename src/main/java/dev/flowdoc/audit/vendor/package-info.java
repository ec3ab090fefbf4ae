/** What the vendor readers share: telling exports apart by their marker lines (so a reader names the vendor of a wrong export), networks as firewalls write them, and the scanner of command-line words with their line and column (FortiOS CLI, PAN-OS set commands). */
package dev.flowdoc.audit.vendor;
