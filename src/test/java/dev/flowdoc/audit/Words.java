package dev.flowdoc.audit;

import dev.flowdoc.audit.policy.Said;
import dev.flowdoc.model.Language;
import dev.flowdoc.model.Messages;
import dev.flowdoc.testing.TestProjects;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The default theme's words, for tests that read what the audit says about a configuration. */
public final class Words {
    private Words() {}

    public static Messages of(Language language) {
        Path file = TestProjects.REPOSITORY.resolve("themes/default/i18n/messages_" + language.code() + ".properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Messages.read(in, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String en(Said said) {
        return AuditReport.say(said, of(Language.EN));
    }

    public static String de(Said said) {
        return AuditReport.say(said, of(Language.DE));
    }
}
