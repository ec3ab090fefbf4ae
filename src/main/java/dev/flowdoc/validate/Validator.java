package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Severity;

import dev.flowdoc.model.Project;
import java.util.List;

/** Runs every rule over a loaded project. Rules only read the model; none renders or reparses. */
public final class Validator {
    private final List<Rule> rules;
    /** True for {@link #forLeftOutEntries()}: a rule that fails on a value the schema refused leaves the others' findings. */
    private final boolean eachOnItsOwn;

    public Validator(List<Rule> rules) {
        this(rules, false);
    }

    private Validator(List<Rule> rules, boolean eachOnItsOwn) {
        this.rules = List.copyOf(rules);
        this.eachOnItsOwn = eachOnItsOwn;
    }

    /**
     * The rules that still make sense on entries left out for breaking their schema, read from their raw JSON:
     * references (endpoints, zones, options, menu entries and inline ones), ports and versions.
     */
    public static Validator forLeftOutEntries() {
        return new Validator(List.of(new ZonesKnown(), new PortsValid(), new ReferencesResolve(), new VersionsKnownAndOrdered(),
                new ConditionsNameKnownOptions()), true);
    }

    /** The rules for data/: ids, references, texts, versions, requirements, options and profiles, unused entries; pending translations warn. */
    public static Validator forData() {
        return forData(false);
    }

    /** The same rules; with {@code strict}, stale and missing translations are errors instead of warnings. */
    public static Validator forData(boolean strict) {
        return new Validator(List.of(new IdsUnique(), new ZonesKnown(), new PortsValid(), new ReferencesResolve(), new LanguagesNameSameReferences(),
                new TextsNotBlank(), new VersionsKnownAndOrdered(), new RequiredWhenMatchesRequirement(), new RequirementChangesDiffer(),
                new ConditionsNameKnownOptions(), new OptionsDoNotRequireThemselves(), new OptionalFlowsHaveCondition(),
                new ConditionalGroupsForcedByOption(), new OptionsUsed(), new ProfileOptionsKnown(),
                new ProfilesSelectWhatOptionsRequire(), new GroupsHaveFlows(), new OneOfGroupsHaveAlternatives(), new ApplianceEndpointsConcrete(),
                new TwoWayFlowsWrittenOnce(),
                new TranslationsCurrent(strict ? Severity.ERROR : Severity.WARNING)));
    }

    public Problems validate(Project project) {
        Problems problems = new Problems();
        for (Rule rule : rules) {
            if (!eachOnItsOwn) {
                rule.check(project, problems);
                continue;
            }
            try {
                rule.check(project, problems);
            } catch (RuntimeException unreadable) {
                // a left-out entry's value the schema refused, read as far as it goes: the schema's message stands for it
            }
        }
        return problems;
    }

    /** One concern of validation. */
    public interface Rule {
        void check(Project project, Problems problems);
    }
}
