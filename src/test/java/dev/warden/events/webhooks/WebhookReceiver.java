package dev.warden.events.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on localhost, as a payment system would run one: it records every request and answers with
 * the status its handler chooses for the path. Signatures are checked here with the JDK's HMAC, not Warden's code.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One request as received. */
    public record Received(String path, String id, String timestamp, String signature, String body, int answered) {
        /** True when one of the v1= values is the HMAC-SHA256 of "t.body" under {@code secret}. */
        public boolean signedWith(String secret) {
            String t = null;
            List<String> v1 = new java.util.ArrayList<>();
            for (String part : signature.split(",")) {
                if (part.startsWith("t=")) t = part.substring(2);
                else if (part.startsWith("v1=")) v1.add(part.substring(3));
            }
            return t != null && t.equals(timestamp) && v1.contains(hmac(secret, t + "." + body));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> seenPerPathAndId = new ConcurrentHashMap<>();
    private final Map<String, ToIntFunction<Integer>> handlers = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free port of 127.0.0.1 (or on {@code port}); a path without a handler answers 404. */
    public static WebhookReceiver start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        WebhookReceiver receiver = new WebhookReceiver(server);
        server.createContext("/", receiver::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        return receiver;
    }

    /** How {@code path} answers the n-th request (1 for the first) carrying the same Webhook-Id. */
    public WebhookReceiver on(String path, ToIntFunction<Integer> statusForNthAttempt) {
        handlers.put(path, statusForNthAttempt);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public List<Received> received(String path, String id) {
        return received.stream().filter(r -> r.path().equals(path) && (id == null || id.equals(r.id()))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String id = exchange.getRequestHeaders().getFirst("Webhook-Id");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int nth = seenPerPathAndId.computeIfAbsent(path + " " + id, k -> new AtomicInteger()).incrementAndGet();
            ToIntFunction<Integer> handler = handlers.get(path);
            int status = handler == null ? 404 : handler.applyAsInt(nth);
            received.add(new Received(path, id, exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Webhook-Signature")), body, status));
            if (status >= 300 && status < 400) exchange.getResponseHeaders().add("Location", url("/landing"));
            byte[] answer = (status >= 300 ? "refused by the test receiver, attempt " + nth : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
