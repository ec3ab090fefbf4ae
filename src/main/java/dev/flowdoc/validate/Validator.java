package dev.flowdoc.validate;

import dev.flowdoc.diag.Problems;
import dev.flowdoc.diag.Severity;

import dev.flowdoc.model.Project;
import java.util.List;

/** Runs every rule over a loaded project. Rules only read the model; none renders or reparses. */
public final class Validator {
    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules for data/: ids, references, texts, versions, requirements, options and profiles, unused entries; pending translations warn. */
    public static Validator forData() {
        return forData(false);
    }

    /** The same rules; with {@code strict}, stale and missing translations are errors instead of warnings. */
    public static Validator forData(boolean strict) {
        return new Validator(List.of(new IdsUnique(), new ZonesKnown(), new PortsValid(), new ReferencesResolve(), new LanguagesNameSameReferences(),
                new TextsNotBlank(), new VersionsKnownAndOrdered(), new RequiredWhenMatchesRequirement(),
                new ConditionsNameKnownOptions(), new OptionsDoNotRequireThemselves(), new OptionalFlowsHaveCondition(),
                new ConditionalGroupsForcedByOption(), new OptionsUsed(), new ProfileOptionsKnown(),
                new ProfilesSelectWhatOptionsRequire(), new GroupsHaveFlows(),
                new TranslationsCurrent(strict ? Severity.ERROR : Severity.WARNING)));
    }

    public Problems validate(Project project) {
        Problems problems = new Problems();
        for (Rule rule : rules) {
            rule.check(project, problems);
        }
        return problems;
    }

    /** One concern of validation. */
    public interface Rule {
        void check(Project project, Problems problems);
    }
}
