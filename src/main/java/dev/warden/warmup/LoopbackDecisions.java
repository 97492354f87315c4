package dev.warden.warmup;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import dev.warden.security.ApiKeys;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Synthetic decision requests sent by the service to itself, over loopback HTTP, to
 * {@code POST /v1/decisions/simulate}: Netty, Vert.x, authentication, RESTEasy, Jackson, Bean Validation, the decision
 * path and the answer's writing all run as for a caller, and nothing is recorded. Authenticated with a temporary key
 * (role decide) that is revoked when this is closed.
 */
final class LoopbackDecisions implements AutoCloseable {
    static final String PATH = "/v1/decisions/simulate";
    private static final int TIMEOUT_MS = 30_000;

    private final HttpClient client;
    private final ApiKeys.Temporary key;
    private final String host;
    private final int port;

    LoopbackDecisions(Vertx vertx, URI server, ApiKeys keys, int connections) {
        this.host = server.getHost();
        this.port = server.getPort();
        this.key = keys.temporary("warm-up", Set.of("decide"));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(connections));
    }

    /** Sends one request; completes with the answer's status once its body has arrived. */
    CompletionStage<Integer> send(String body) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(host).setPort(port)
                .setURI(PATH).setIdleTimeout(TIMEOUT_MS).putHeader("X-API-Key", key.key())
                .putHeader("Content-Type", "application/json");
        return client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(answer -> response.statusCode()))
                .toCompletionStage();
    }

    @Override
    public void close() {
        key.close();
        client.close();
    }
}
