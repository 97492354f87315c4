package dev.warden.screening.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * What screening matches of an entry, as one SHA-256: its names (with primary and weak flags), identifiers and
 * wallets, each sorted, so that a list republished in another order is the same entry and a name, identifier or
 * wallet added, removed or changed is a changed one. Programs, countries and dates are left out: they qualify a
 * hit but do not make one.
 */
public final class EntryFingerprint {
    private EntryFingerprint() {
    }

    public static String of(WatchListEntry entry) {
        List<String> parts = new ArrayList<>();
        for (WatchListEntry.ListedName n : entry.names()) {
            parts.add("N|" + n.name() + "|" + (n.primary() ? "P" : "") + (n.weak() ? "W" : ""));
        }
        for (WatchListEntry.Identifier id : entry.identifiers()) parts.add("I|" + id.kind() + "|" + id.value());
        for (WatchListEntry.Wallet w : entry.wallets()) parts.add("W|" + w.chain() + "|" + w.address());
        parts.sort(null);
        MessageDigest sha = DigestUtils.getSha256Digest();
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
