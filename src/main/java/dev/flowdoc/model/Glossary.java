package dev.flowdoc.model;

import java.util.List;

/**
 * The terminology of the documentation (data/glossary.json): per term the spelling to use in German and English
 * and the variants to avoid. {@code check} warns about English variants.
 */
public record Glossary(List<Term> terms) {
    public static final Glossary EMPTY = new Glossary(List.of());

    public Glossary {
        terms = List.copyOf(terms);
    }

    /** One term: the spelling to use and the variants to avoid, per language; where it is defined. */
    public record Term(String id, String de, List<String> deVariants, String en, List<String> enVariants, Location location) {
        public Term {
            deVariants = List.copyOf(deVariants);
            enVariants = List.copyOf(enVariants);
        }
    }
}
