package dev.flowdoc.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF (in-process, test scope only: GPLv3+/MPLv2+) checking a PDF against PDF/UA-1. Returns the failed rules as
 * "clause-test: description (n×), e.g. at context", sorted; empty when the PDF passes.
 */
public final class PdfUa {
    private static boolean initialised;

    private PdfUa() {}

    private static synchronized void init() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    public static List<String> failedRules(byte[] pdf) {
        init();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> first = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage();
                first.putIfAbsent(rule, a.getLocation() == null ? "" : a.getLocation().getContext());
                counts.merge(rule, 1, Integer::sum);
            }
            return first.entrySet().stream()
                    .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "×), e.g. at " + e.getValue()).toList();
        } catch (ValidationException | RuntimeException e) {
            throw new AssertionError("veraPDF could not check the PDF: " + e, e);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not check the PDF: " + e, e);
        }
    }
}
