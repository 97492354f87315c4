package dev.warden.events.webhooks;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** One configured receiver of events: where, the secrets that sign for it, and the types it wants (empty: all). */
public record WebhookSubscriber(String name, URI url, List<String> secrets, Set<String> types) {
    public boolean wants(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
