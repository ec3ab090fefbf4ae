package dev.flowdoc.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints veraPDF's failed PDF/UA-1 rules of the PDFs named on the command line (a tool for writers of PDFs). */
public final class PdfUaMain {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            var failed = PdfUa.failedRules(Files.readAllBytes(Path.of(a)));
            System.out.println(a + ": " + failed.size() + " failed rules");
            failed.forEach(f -> System.out.println("  " + f));
        }
    }
}
