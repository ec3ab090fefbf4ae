package dev.flowdoc.site;

import dev.flowdoc.model.Content;
import dev.flowdoc.model.Project;

/** What a build renders: the validated data and the validated prose. */
public record Sources(Project project, Content content) {}
