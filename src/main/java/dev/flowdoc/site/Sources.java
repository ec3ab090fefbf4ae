package dev.flowdoc.site;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Project;
import dev.flowdoc.model.ReleaseView;
import dev.flowdoc.model.Version;

/** What a build renders: the validated data and the validated prose. */
public record Sources(Project project, Content content) {
    /** The same sources as they apply to {@code release}; null: the newest release of data/product.json. */
    public Sources forRelease(Version release) {
        return new Sources(ReleaseView.at(project, release != null ? release : project.product().newest()), content);
    }
}
