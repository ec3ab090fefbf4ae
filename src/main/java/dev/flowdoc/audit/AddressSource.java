package dev.flowdoc.audit;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.load.AddressFile;
import dev.flowdoc.load.CustomerAddresses;
import dev.flowdoc.load.FilledChecklist;
import dev.flowdoc.model.ChecklistStamp;
import dev.flowdoc.model.Flow;
import dev.flowdoc.model.FlowAddresses;
import dev.flowdoc.model.Project;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the customer's addresses come from, read as {@code flowdoc firewall} reads them (load.CustomerAddresses): an
 * address file (per endpoint, with its zone map and policy numbers) or a filled checklist (per flow).
 */
public interface AddressSource {
    /** The addresses of {@code flows} ({@code project} at the audited release); problems as firewall reports them. */
    Map<String, FlowAddresses> of(Project project, List<Flow> flows, CustomerAddresses.Target target, Problems problems);

    /** Zone key → the firewall's interface or zone name (empty for a checklist). */
    Map<String, String> zones();

    /** The file as the user named it, for the report's header. */
    String describe();

    /** What a checklist says about itself (release, profile), empty for an address file. */
    default Optional<ChecklistStamp> stamp() {
        return Optional.empty();
    }

    AddressFile.PolicyIds policyIds();

    static AddressSource of(AddressFile file) {
        return new AddressSource() {
            @Override
            public Map<String, FlowAddresses> of(Project project, List<Flow> flows, CustomerAddresses.Target target, Problems problems) {
                return CustomerAddresses.fromFile(file, project, flows, target, problems);
            }

            @Override
            public Map<String, String> zones() {
                return file.zones();
            }

            @Override
            public String describe() {
                return file.file();
            }

            @Override
            public AddressFile.PolicyIds policyIds() {
                return file.policyIds();
            }
        };
    }

    static AddressSource of(FilledChecklist list) {
        return new AddressSource() {
            @Override
            public Map<String, FlowAddresses> of(Project project, List<Flow> flows, CustomerAddresses.Target target, Problems problems) {
                Set<String> ids = flows.stream().map(Flow::id).collect(Collectors.toSet());
                Map<String, FlowAddresses> out = new LinkedHashMap<>();
                CustomerAddresses.fromChecklist(list, project, target, problems).forEach((id, a) -> {
                    if (ids.contains(id)) {
                        out.put(id, a);
                    }
                });
                return out;
            }

            @Override
            public Map<String, String> zones() {
                return Map.of();
            }

            @Override
            public String describe() {
                return list.file();
            }

            @Override
            public Optional<ChecklistStamp> stamp() {
                return list.stamp();
            }

            @Override
            public AddressFile.PolicyIds policyIds() {
                return AddressFile.PolicyIds.DEFAULT;
            }
        };
    }
}
