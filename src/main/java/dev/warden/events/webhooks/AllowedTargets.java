package dev.warden.events.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where webhook subscribers may point ({@code warden.events.allowed-targets}), so that configuration cannot send
 * events (and signed requests) to an arbitrary host. An entry is a URL prefix ({@code https://hooks.bank.example/warden}:
 * same scheme, host and port, and a path at or below it) or a {@code host:port} pair (either scheme).
 */
final class AllowedTargets {
    static final String KEY = "warden.events.allowed-targets";

    private record Target(String scheme, String host, int port, String path) {
        boolean permits(URI url) {
            if (scheme != null && !scheme.equals(url.getScheme().toLowerCase(Locale.ROOT))) return false;
            if (!host.equals(url.getHost().toLowerCase(Locale.ROOT)) || port != effectivePort(url)) return false;
            String urlPath = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            if (path.equals("/") || urlPath.equals(path)) return true;
            return urlPath.startsWith(path.endsWith("/") ? path : path + "/");
        }
    }

    private final List<Target> targets;

    private AllowedTargets(List<Target> targets) {
        this.targets = targets;
    }

    static AllowedTargets parse(List<String> entries) {
        List<Target> targets = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) continue;
            boolean prefix = entry.contains("://");
            URI uri;
            try {
                uri = new URI(prefix ? entry : "http://" + entry);
            } catch (URISyntaxException e) {
                throw refused(entry, "is neither a URL prefix nor host:port");
            }
            if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null
                    || (prefix && !isHttp(uri)) || (!prefix && (uri.getPort() < 0 || !uri.getRawPath().isEmpty()))) {
                throw refused(entry, prefix ? "is not an http or https URL prefix with a host"
                        : "is not host:port (for example hooks.bank.example:443)");
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            targets.add(new Target(prefix ? uri.getScheme().toLowerCase(Locale.ROOT) : null,
                    uri.getHost().toLowerCase(Locale.ROOT), prefix ? effectivePort(uri) : uri.getPort(), path));
        }
        return new AllowedTargets(List.copyOf(targets));
    }

    /** True when {@code url}, already checked to be an absolute http(s) URL with a host, is inside a target. */
    boolean permits(URI url) {
        return targets.stream().anyMatch(t -> t.permits(url));
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) return uri.getPort();
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static IllegalArgumentException refused(String entry, String reason) {
        return new IllegalArgumentException(KEY + ": '" + entry + "' " + reason);
    }
}
