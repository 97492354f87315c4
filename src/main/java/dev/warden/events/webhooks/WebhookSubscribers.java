package dev.warden.events.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.warden.events.EventsConfig;

/**
 * The subscribers of {@code warden.events.webhooks}, checked once at start-up: a URL outside the allowed targets,
 * a URL that is not plain http(s), a missing or short secret is refused with the key that holds it, and the
 * service does not start.
 */
final class WebhookSubscribers {
    /** Short secrets are guessable offline from one signed request; 32 random characters is what to generate. */
    static final int MIN_SECRET_LENGTH = 16;
    private static final String NAME_FORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private WebhookSubscribers() {
    }

    static List<WebhookSubscriber> from(EventsConfig config) {
        AllowedTargets allowed = AllowedTargets.parse(config.allowedTargets().orElse(List.of()));
        List<WebhookSubscriber> subscribers = new ArrayList<>();
        for (Map.Entry<String, EventsConfig.Webhook> entry : new TreeMap<>(config.webhooks()).entrySet()) {
            String name = entry.getKey();
            String key = "warden.events.webhooks.\"" + name + "\"";
            if (!name.matches(NAME_FORM)) {
                throw new IllegalArgumentException(key + ": a subscriber name is letters, digits and . _ -, at most 64");
            }
            EventsConfig.Webhook webhook = entry.getValue();
            URI url = url(key + ".url", webhook.url());
            if (!allowed.permits(url)) {
                throw new IllegalArgumentException(key + ".url: " + url + " is outside " + AllowedTargets.KEY
                        + "; add its prefix or host:port there to allow it");
            }
            List<String> secrets = webhook.secrets().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (secrets.isEmpty() || secrets.stream().anyMatch(s -> s.length() < MIN_SECRET_LENGTH)) {
                throw new IllegalArgumentException(key + ".secrets: give one or more secrets (two while rotating), each "
                        + "at least " + MIN_SECRET_LENGTH + " characters");
            }
            Set<String> types = Set.copyOf(webhook.types().orElse(List.of()).stream().map(String::strip)
                    .filter(t -> !t.isEmpty()).toList());
            subscribers.add(new WebhookSubscriber(name, url, secrets, types));
        }
        return List.copyOf(subscribers);
    }

    private static URI url(String key, String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + ": not a URL");
        }
        if (!url.isAbsolute() || !AllowedTargets.isHttp(url) || url.getHost() == null) {
            throw new IllegalArgumentException(key + ": must be an http or https URL with a host");
        }
        if (url.getUserInfo() != null || url.getFragment() != null) {
            throw new IllegalArgumentException(key + ": must carry no user info or fragment (sign with secrets instead)");
        }
        return url;
    }
}
