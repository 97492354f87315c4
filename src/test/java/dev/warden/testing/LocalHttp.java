package dev.warden.testing;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** For tests that start the packaged service as a process: a free port to give it, and a probe of its paths. */
public final class LocalHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalHttp() {
    }

    /** The status of a GET on 127.0.0.1, or -1 when nothing answers. */
    public static int status(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * Waits up to four minutes for a started service to answer ready on its management port; false when it did not
     * or the process ended first (the caller has its log).
     */
    public static boolean awaitReady(Process service, int managementPort) {
        try {
            org.awaitility.Awaitility.await("ready on port " + managementPort).atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> !service.isAlive() || status(managementPort, "/q/health/ready") == 200);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
        return service.isAlive() && status(managementPort, "/q/health/ready") == 200;
    }

    public static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
