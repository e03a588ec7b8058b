package dk.anskaf.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.anskaf.platform.test.mail.MailSink;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small read-only web page listing the mails the local SMTP sink has accepted. */
final class MailViewer implements AutoCloseable {

    private final HttpServer server;
    private final MailSink sink;

    private MailViewer(HttpServer server, MailSink sink) {
        this.server = server;
        this.sink = sink;
    }

    static MailViewer start(MailSink sink, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            MailViewer viewer = new MailViewer(server, sink);
            server.createContext("/", viewer::handle);
            server.start();
            return viewer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        List<MimeMessage> messages = sink.messages();
        String path = exchange.getRequestURI().getPath();
        try {
            if (path.startsWith("/messages/")) {
                int index = Integer.parseInt(path.substring("/messages/".length()));
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                messages.get(index).writeTo(raw);
                respond(exchange, "text/plain; charset=utf-8", raw.toByteArray());
                return;
            }
            StringBuilder html = new StringBuilder(
                    "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Sendte mails</title></head>"
                            + "<body><h1>Sendte mails (lokal kørsel)</h1><table><thead><tr><th scope=\"col\">Til</th>"
                            + "<th scope=\"col\">Fra</th><th scope=\"col\">Emne</th></tr></thead><tbody>");
            for (int i = messages.size() - 1; i >= 0; i--) {
                MimeMessage m = messages.get(i);
                html.append("<tr><td>")
                        .append(esc(String.valueOf(List.of(m.getAllRecipients()))))
                        .append("</td><td>")
                        .append(esc(String.valueOf(List.of(m.getFrom()))))
                        .append("</td><td><a href=\"/messages/")
                        .append(i)
                        .append("\">")
                        .append(esc(m.getSubject()))
                        .append("</a></td></tr>");
            }
            html.append("</tbody></table></body></html>");
            respond(exchange, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            respond(exchange, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8), 404);
        }
    }

    private static String esc(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static void respond(HttpExchange exchange, String type, byte[] body) throws IOException {
        respond(exchange, type, body, 200);
    }

    private static void respond(HttpExchange exchange, String type, byte[] body, int status) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
