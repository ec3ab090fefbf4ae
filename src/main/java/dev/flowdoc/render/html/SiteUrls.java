package dev.flowdoc.render.html;

/**
 * Turns site paths into links: absolute when the site's public address is known (search engines want
 * absolute hreflang and sitemap addresses), else relative, which works from file:// and on any host.
 */
public record SiteUrls(String baseUrl) {
    public SiteUrls {
        if (baseUrl != null && !baseUrl.isBlank() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
    }

    public boolean absolute() {
        return baseUrl != null;
    }

    /** {@code path} is relative to the site root; {@code toRoot} leads from the current page to it. */
    public String href(String toRoot, String path) {
        return baseUrl != null ? baseUrl + path : toRoot + path;
    }

    /** The addresses of a site in {@code folder} below the root ("12.1.0/"): relative links stay as they are. */
    public SiteUrls in(String folder) {
        return baseUrl == null || folder.isEmpty() ? this : new SiteUrls(baseUrl + folder);
    }
}
