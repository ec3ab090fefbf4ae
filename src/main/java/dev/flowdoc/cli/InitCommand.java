package dev.flowdoc.cli;

import dev.flowdoc.i18n.DataWriter;
import dev.flowdoc.i18n.MarkCurrent;
import dev.flowdoc.i18n.TextCatalog;
import dev.flowdoc.model.Project;
import dev.flowdoc.site.Loader;
import dev.flowdoc.site.OutputGuard;
import dev.flowdoc.diag.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a new bilingual project into DIR that check and build accept as it is.",
                "The project has data/ with a product and its release, endpoints, one group with one flow and the profile full, the JSON schemas the data files name in \"$schema\", and content/de/index.adoc and content/en/index.adoc with the flow table.",
                "The theme is not copied: the project uses the theme that comes with flowdoc, and a file under themes/default/ overrides only that file (a message bundle only the keys it holds).",
                "DIR must be missing or empty. Exit code 0: written; 2: DIR cannot take a project, nothing written."})
final class InitCommand implements Callable<Integer> {
    private static final String TEMPLATES = "dev/flowdoc/init/";
    private static final String SCHEMAS = "dev/flowdoc/schema/";

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of the new project; it is created if it does not exist.")
    Path dir;

    @Option(names = "--product", paramLabel = "NAME", defaultValue = "Example Appliance",
            description = "The product's name as readers see it (data/product.json). Default: ${DEFAULT-VALUE}.")
    String product;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Optional<String> refused = OutputGuard.newProject(dir, dir.toString());
        if (refused.isPresent()) {
            err.println("flowdoc init: " + refused.get());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (product.isBlank()) {
            err.println("flowdoc init: --product needs a name, e.g. --product \"Example Gateway\"");
            err.flush();
            return ExitCodes.USAGE;
        }
        Path root = dir.toAbsolutePath().normalize();
        List<String> files = manifest();
        for (String file : files) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, content(file));
        }
        // the texts were written without "src": record their English as current, through the one writer of data/
        Problems problems = new Problems();
        Optional<Project> loaded = Loader.loadAndValidate(root, problems);
        if (loaded.isEmpty() || problems.hasErrors()) {
            Console.print(problems, err);
            return ExitCodes.PROBLEMS;
        }
        TextCatalog catalog = TextCatalog.of(loaded.get());
        DataWriter.write(catalog, MarkCurrent.all(catalog));
        out.println("flowdoc init: wrote a new project for " + product + " into " + dir + " (" + Console.count(files.size(), "file")
                + "); next: flowdoc check --project " + dir + ", then flowdoc build --project " + dir);
        out.flush();
        return ExitCodes.OK;
    }

    /** The paths the new project gets (the lines of init/files.txt). */
    static List<String> manifest() {
        return new String(resource(TEMPLATES + "files.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private byte[] content(String file) {
        if (file.startsWith("data/schema/")) {
            return resource(SCHEMAS + file.substring("data/schema/".length()));
        }
        byte[] template = resource(TEMPLATES + file);
        if (!file.equals("data/product.json")) {
            return template;
        }
        return new String(template, StandardCharsets.UTF_8)
                .replace("{{productId}}", id(product))
                .replace("{{product}}", json(product.strip()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A stable id from the name: "Example Gateway 2" → "example-gateway-2" (the schema's id form). */
    static String id(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String id = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "product" : id;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("flowdoc's jar lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
