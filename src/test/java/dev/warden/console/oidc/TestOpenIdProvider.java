package dev.warden.console.oidc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * An OpenID provider for the console's authorization-code sign-in, on a free loopback port, up before Quarkus
 * boots. {@code /authorize} stands for the provider's login page: the browser names who signs in with the
 * {@code login} parameter (one of {@link #PEOPLE}), and gets a one-time code back at the redirect URI.
 */
public class TestOpenIdProvider implements QuarkusTestResourceLifecycleManager {
    static final String CLIENT_ID = "warden-console";
    static final String CLIENT_SECRET = "warden-console-test-secret";
    /** Who can sign in at this provider, with the groups their ID token carries. */
    static final Map<String, List<String>> PEOPLE = Map.of(
            "olivia.sso", List.of("officer"),
            "simon.sso", List.of("supervisor"),
            "nora.sso", List.of("auditor"));
    private static final String KEY_ID = "test-key-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Grant(String login, String redirectUri, String nonce) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private HttpServer server;
    private KeyPair keys;
    private String issuer;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("the test OpenID provider could not start", e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext("/jwks", exchange -> json(exchange, 200, jwks()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.auth-server-url", issuer);
        config.put("quarkus.oidc.client-id", CLIENT_ID);
        config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        config.put("quarkus.oidc.authentication.nonce-required", "true");
        config.put("quarkus.oidc.authentication.force-redirect-https-scheme", "false");
        // The test browser talks plain HTTP, where it keeps no Secure cookie.
        config.put("warden.console.secure-cookies", "false");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) server.stop(0);
    }

    private Map<String, Object> discovery() {
        return Map.of("issuer", issuer,
                "authorization_endpoint", issuer + "/authorize",
                "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
    }

    private Map<String, Object> jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return Map.of("keys", List.of(Map.of("kty", "RSA", "kid", KEY_ID, "use", "sig", "alg", "RS256",
                "n", base64Url(key.getModulus()), "e", base64Url(key.getPublicExponent()))));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = TestQuery.parse(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        if (!"code".equals(query.get("response_type")) || !CLIENT_ID.equals(query.get("client_id"))
                || redirectUri == null || !redirectUri.endsWith("/console/sso") || query.get("state") == null) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String login = query.get("login");
        if (!PEOPLE.containsKey(login)) {
            json(exchange, 401, Map.of("error", "access_denied"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(login, redirectUri, query.get("nonce")));
        exchange.getResponseHeaders().add("Location", redirectUri + (redirectUri.contains("?") ? "&" : "?")
                + "code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = TestQuery.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod()) || !"authorization_code".equals(body.get("grant_type"))) {
            json(exchange, 400, Map.of("error", "unsupported_grant_type"));
            return;
        }
        if (!clientAuthenticated(exchange, body)) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        Grant grant = body.get("code") == null ? null : codes.remove(body.get("code"));
        if (grant == null || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        var idToken = Jwt.issuer(issuer).audience(CLIENT_ID).subject("sub-" + grant.login())
                .claim("preferred_username", grant.login()).groups(new java.util.HashSet<>(PEOPLE.get(grant.login())))
                .expiresIn(300);
        if (grant.nonce() != null) idToken.claim("nonce", grant.nonce());
        String accessToken = Jwt.issuer(issuer).audience(CLIENT_ID).subject("sub-" + grant.login()).expiresIn(300)
                .jws().keyId(KEY_ID).sign(keys.getPrivate());
        json(exchange, 200, Map.of("token_type", "Bearer", "expires_in", 300, "access_token", accessToken,
                "id_token", idToken.jws().keyId(KEY_ID).sign(keys.getPrivate())));
    }

    private static boolean clientAuthenticated(HttpExchange exchange, Map<String, String> body) {
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
            return pair.equals(CLIENT_ID + ":" + CLIENT_SECRET);
        }
        return CLIENT_ID.equals(body.get("client_id")) && CLIENT_SECRET.equals(body.get("client_secret"));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
