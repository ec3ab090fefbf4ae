package dev.flowdoc.site;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Theme;
import dev.flowdoc.model.Version;
import java.time.Instant;

/**
 * What a build renders, as loaded and validated: the data, the prose, the theme, the one date the outputs carry
 * (the PDFs') and the fingerprint of the data (flows.json).
 */
public record Inputs(Project project, Content content, Theme theme, Instant buildDate, String dataVersion) {
    /** The same inputs as they apply to {@code release}; null: the newest release of data/product.json. */
    public Inputs forRelease(Version release) {
        return new Inputs(ReleaseView.at(project, release != null ? release : project.product().newest()), content,
                theme, buildDate, dataVersion);
    }
}
