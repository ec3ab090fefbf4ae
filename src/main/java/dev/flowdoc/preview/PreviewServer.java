package dev.flowdoc.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flowdoc.diag.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the preview's site on 127.0.0.1 only (a writer's machine, not the network). Every HTML page gets a small
 * script that listens on {@code /_flowdoc/events} (Server-Sent Events): it reloads the page when a rebuild put a new
 * generation on disk, and shows the problems over the page while the project has errors. The script exists only
 * here; the built site never carries it. {@code /_flowdoc/status} answers the same state as JSON.
 *
 * <p>While the project has errors, every page is served with the problems in its HTML too, a list at the top of the
 * body ({@code #flowdoc-problems-page}): a client without JavaScript (curl, a browser with scripts off) sees them
 * beside the last good page. The script takes the list over into its overlay.
 */
public final class PreviewServer implements AutoCloseable {
    public static final String PREFIX = "/_flowdoc/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Preview preview;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** The site path of the page behind each open event stream (the live script names it). */
    private final Map<OutputStream, String> viewing = new java.util.concurrent.ConcurrentHashMap<>();

    public PreviewServer(Preview preview, int port) throws IOException {
        this.preview = preview;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "flowdoc-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        preview.onOutcome(outcome -> broadcast());
        preview.onPage(this::broadcastPage);
        preview.viewedPages(() -> java.util.Set.copyOf(viewing.values()));
    }

    public void start() {
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public String url() {
        return "http://" + address().getAddress().getHostAddress() + ":" + address().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // a page elsewhere that reaches 127.0.0.1 through a name it controls (DNS rebinding) names its own host
                send(exchange, 403, "text/plain", "the preview answers only requests for 127.0.0.1, localhost or [::1] with its port"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(PREFIX + "events")) {
                events(exchange);
            } else if (path.equals(PREFIX + "status")) {
                send(exchange, 200, "application/json", statusJson().getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(PREFIX + "live.js")) {
                send(exchange, 200, "text/javascript", script());
            } else {
                file(exchange, path);
            }
        }
    }

    /** True for a Host header naming this machine's loopback with the port the server listens on. */
    boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String port = ":" + address().getPort();
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1" + port) || h.equals("localhost" + port) || h.equals("[::1]" + port);
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Path out = preview.out();
        Path file = out.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(out)) {
            send(exchange, 403, "text/plain", "outside the site".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        String type = type(file.getFileName().toString());
        if (!Files.isRegularFile(file)) {
            if (type.startsWith("text/html") || path.endsWith("/")) {
                // no site yet (the first build failed): a page that shows the problems and reloads once repaired
                send(exchange, 404, "text/html; charset=utf-8", inject("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                        + "<title>flowdoc preview</title></head><body><p>No page here (yet).</p></body></html>", ""));
            } else {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (type.startsWith("text/html")) {
            bytes = inject(new String(bytes, StandardCharsets.UTF_8), out.relativize(file).toString().replace('\\', '/'));
        }
        send(exchange, 200, type, bytes);
    }

    /**
     * The page with the live script before {@code </body>}, tagged with its site path and the generation it belongs
     * to (a page written early by the rebuild under way belongs to that rebuild's generation).
     */
    private byte[] inject(String html, String sitePath) {
        String tag = "<script src=\"" + PREFIX + "live.js\" data-generation=\"" + preview.generationOf(sitePath)
                + "\" data-path=\"" + escape(sitePath) + "\"></script>";
        int at = html.lastIndexOf("</body>");
        String result = at < 0 ? html + tag : html.substring(0, at) + tag + html.substring(at);
        Preview.State state = preview.state();
        if (!state.ok()) {
            result = withProblems(result, state.problems());
        }
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** The page with a list of the problems as the first thing in its body (after {@code <body …>}). */
    static String withProblems(String html, List<Problem> problems) {
        StringBuilder list = new StringBuilder("<section id=\"flowdoc-problems-page\" role=\"alert\" lang=\"en\" style=\"margin:0;"
                + "padding:1em 1.2em;background:#2b0b0b;color:#fff;font:13px/1.45 monospace;border-bottom:4px solid #e0413b\">"
                + "<p style=\"margin:0\"><strong>flowdoc: the project has problems; this is the last good build.</strong>"
                + " Repair them and save: the page reloads.</p><ul style=\"margin:.6em 0 0;padding-left:1.2em;white-space:pre-wrap\">");
        for (Problem p : problems) {
            list.append("<li>").append(escape(p.format())).append("</li>");
        }
        list.append("</ul></section>");
        java.util.regex.Matcher body = java.util.regex.Pattern.compile("<body\\b[^>]*>", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(html);
        return body.find() ? html.substring(0, body.end()) + list + html.substring(body.end()) : list + html;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        String page = query(exchange.getRequestURI().getRawQuery(), "page");
        if (page != null) {
            viewing.put(body, page);
        }
        listeners.add(body);
        try {
            sendEvent(body, stateJson());
            // keep the stream open; a comment now and then finds out when the browser has gone
            while (listeners.contains(body)) {
                Thread.sleep(15_000);
                synchronized (body) {
                    body.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the browser closed the page
        } finally {
            listeners.remove(body);
            viewing.remove(body);
        }
    }

    private void broadcast() {
        String json = stateJson();
        for (OutputStream body : listeners) {
            try {
                sendEvent(body, json);
            } catch (IOException e) {
                listeners.remove(body);
            }
        }
    }

    /** The value of {@code name} in a URL query ("page=de%2Findex.html"), decoded; null when absent. */
    static String query(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** A page the rebuild under way has put on disk: {"path": "de/index.html", "generation": 4}. */
    private void broadcastPage(String sitePath, long generation) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("path", sitePath);
        map.put("generation", generation);
        String json;
        try {
            json = JSON.writeValueAsString(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (OutputStream body : listeners) {
            try {
                sendEvent(body, "page", json);
            } catch (IOException e) {
                listeners.remove(body);
            }
        }
    }

    private static void sendEvent(OutputStream body, String json) throws IOException {
        sendEvent(body, "state", json);
    }

    private static void sendEvent(OutputStream body, String event, String json) throws IOException {
        synchronized (body) {
            body.write(("event: " + event + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
            body.flush();
        }
    }

    /** {"generation": 3, "ok": false, "problems": ["data/flows.json:12:5: error: …", …]} */
    String stateJson() {
        Preview.State state = preview.state();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("generation", state.generation());
        map.put("ok", state.ok());
        map.put("problems", state.problems().stream().map(Problem::format).toList());
        try {
            return JSON.writeValueAsString(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state with the pages open in a browser: {"generation": 3, "ok": true, "problems": [], "open": ["de/index.html"]}. */
    private String statusJson() {
        Preview.State state = preview.state();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("generation", state.generation());
        map.put("ok", state.ok());
        map.put("problems", state.problems().stream().map(Problem::format).toList());
        map.put("open", new java.util.TreeSet<>(viewing.values()));
        try {
            return JSON.writeValueAsString(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] script() throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IOException("live.js is missing from flowdoc's jar");
            }
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    static String type(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html")) return "text/html; charset=utf-8";
        if (n.endsWith(".css")) return "text/css; charset=utf-8";
        if (n.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (n.endsWith(".json")) return "application/json";
        if (n.endsWith(".csv")) return "text/csv; charset=utf-8";
        if (n.endsWith(".xml")) return "application/xml";
        if (n.endsWith(".atom")) return "application/atom+xml";
        if (n.endsWith(".pdf")) return "application/pdf";
        if (n.endsWith(".adoc")) return "text/plain; charset=utf-8";
        if (n.endsWith(".svg")) return "image/svg+xml";
        if (n.endsWith(".png")) return "image/png";
        return "application/octet-stream";
    }

    URI base() {
        return URI.create(url());
    }

    @Override
    public void close() {
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }
}
