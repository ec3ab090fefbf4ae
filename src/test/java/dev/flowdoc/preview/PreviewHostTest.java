package dev.flowdoc.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview answers only requests that name this machine's loopback and its port in {@code Host}: a page elsewhere
 * that reaches 127.0.0.1 through a name it controls (DNS rebinding) gets 403. No site is built here; the check comes first.
 */
class PreviewHostTest {
    @TempDir
    Path tmp;

    private static String statusLine(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            String request = "GET /de/index.html HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                    + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Test
    void foreignHostsAreRefusedLocalOnesServed() throws Exception {
        try (Preview preview = new Preview(tmp.resolve("project"), tmp.resolve("site"), () -> {
                throw new AssertionError("no conversion here");
            });
             PreviewServer server = new PreviewServer(preview, 0)) {
            server.start();
            int port = server.address().getPort();
            for (String foreign : new String[] {"evil.example:" + port, "evil.example", "127.0.0.1", "localhost:" + (port + 1),
                    "127.0.0.1.evil.example:" + port, "[::1]", "0.0.0.0:" + port, "LOCALHOST.:" + port}) {
                assertEquals("HTTP/1.1 403 Forbidden", statusLine(port, foreign), foreign);
            }
            String none = statusLine(port, null);
            assertTrue(none.equals("HTTP/1.1 403 Forbidden") || none.equals("HTTP/1.1 400 Bad Request"), none);
            for (String local : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port}) {
                // no site built: the placeholder page, but not a refusal
                assertEquals("HTTP/1.1 404 Not Found", statusLine(port, local), local);
            }
            assertTrue(server.localHost("127.0.0.1:" + port));
        }
    }
}
