package dev.warden.screening.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.SubjectType;

/**
 * OpenSanctions FollowTheMoney entities, one JSON object per line, in both export forms: the flat one (Sanction,
 * Passport, CryptoWallet ... as entities of their own pointing at their subject) and the nested one (a merged
 * entity with {@code referents} and {@code datasets}). Subjects are Person, Organization, Company, LegalEntity,
 * PublicBody, Vessel and Airplane entities that are targets (the {@code target} flag, or, where the export has
 * none, a Sanction pointing at them). The version is the latest {@code last_change} of any entity.
 */
public final class FtmJsonReader {
    private static final Set<String> SUBJECTS = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody",
            "Vessel", "Airplane");
    private static final Map<String, IdentifierKind> ID_PROPERTIES = Map.ofEntries(
            Map.entry("swiftBic", IdentifierKind.BIC), Map.entry("bicCode", IdentifierKind.BIC),
            Map.entry("iban", IdentifierKind.IBAN), Map.entry("imoNumber", IdentifierKind.IMO),
            Map.entry("registrationNumber", IdentifierKind.REGISTRATION), Map.entry("ogrnCode", IdentifierKind.REGISTRATION),
            Map.entry("leiCode", IdentifierKind.REGISTRATION), Map.entry("innCode", IdentifierKind.TAX),
            Map.entry("taxNumber", IdentifierKind.TAX), Map.entry("vatCode", IdentifierKind.TAX),
            Map.entry("passportNumber", IdentifierKind.PASSPORT), Map.entry("idNumber", IdentifierKind.NATIONAL_ID));
    private static final ObjectMapper JSON = new ObjectMapper();

    public WatchList read(String listName, String location, InputStream in, String fallbackVersion) throws IOException {
        Map<String, EntryBuilder> subjects = new LinkedHashMap<>();
        Map<String, Boolean> targets = new LinkedHashMap<>();
        List<JsonNode> satellites = new ArrayList<>();
        String version = null;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        int lineNo = 0;
        while ((line = lines.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode entity;
            try {
                entity = JSON.readTree(line);
            } catch (IOException e) {
                throw new IOException(location + ":" + lineNo + ": not a FollowTheMoney JSON line: " + e.getMessage(), e);
            }
            String changed = entity.path("last_change").asText(null);
            if (changed != null && changed.length() >= 10 && (version == null || changed.substring(0, 10).compareTo(version) > 0)) {
                version = changed.substring(0, 10);
            }
            String schema = entity.path("schema").asText("");
            String id = entity.path("id").asText(null);
            if (id == null) continue;
            JsonNode props = entity.path("properties");
            if (SUBJECTS.contains(schema)) {
                subjects.put(id, subject(id, schema, entity, props));
                if (entity.has("target")) targets.put(id, entity.path("target").asBoolean());
            } else {
                satellites.add(entity);
            }
        }
        for (JsonNode satellite : satellites) attach(satellite, subjects, targets);
        return new WatchList(listName, version != null ? version : fallbackVersion, location, subjects.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(targets.get(e.getKey())) && e.getValue().hasNames())
                .map(e -> e.getValue().build()).toList());
    }

    private static EntryBuilder subject(String id, String schema, JsonNode entity, JsonNode props) {
        EntryBuilder entry = new EntryBuilder(id, switch (schema) {
            case "Person" -> SubjectType.INDIVIDUAL;
            case "Vessel" -> SubjectType.VESSEL;
            case "Airplane" -> SubjectType.AIRCRAFT;
            default -> SubjectType.ENTITY;
        });
        entry.name(entity.path("caption").asText(null), true, false);
        values(props, "name").forEach(n -> entry.name(n, true, false));
        values(props, "alias").forEach(n -> entry.name(n, false, false));
        values(props, "previousName").forEach(n -> entry.name(n, false, false));
        values(props, "weakAlias").forEach(n -> entry.name(n, false, true));
        values(props, "birthDate").forEach(d -> entry.birthDate(ListDates.iso(d)));
        for (String key : List.of("country", "nationality", "citizenship", "jurisdiction", "mainCountry", "flag")) {
            values(props, key).forEach(c -> entry.country(Countries.iso2(c)));
        }
        values(props, "programId").forEach(entry::program);
        ID_PROPERTIES.forEach((key, kind) -> values(props, key).forEach(v -> entry.identifier(kind, v, key)));
        return entry;
    }

    /** Sanction, Identification/Passport and CryptoWallet entities add to the subject they point at. */
    private static void attach(JsonNode satellite, Map<String, EntryBuilder> subjects, Map<String, Boolean> targets) {
        JsonNode props = satellite.path("properties");
        switch (satellite.path("schema").asText("")) {
            case "Sanction" -> values(props, "entity").forEach(id -> {
                EntryBuilder entry = subjects.get(id);
                if (entry == null) return;
                targets.putIfAbsent(id, true);
                values(props, "programId").forEach(entry::program);
                values(props, "program").stream().filter(p -> p.length() <= 40).forEach(entry::program);
            });
            case "Passport", "Identification" -> values(props, "holder").forEach(id -> {
                EntryBuilder entry = subjects.get(id);
                if (entry == null) return;
                boolean passport = satellite.path("schema").asText().equals("Passport");
                values(props, "number").forEach(n -> entry.identifier(passport ? IdentifierKind.PASSPORT
                        : IdentifierKinds.of(String.join(" ", values(props, "type"))), n, satellite.path("schema").asText()));
            });
            case "CryptoWallet" -> values(props, "holder").forEach(id -> {
                EntryBuilder entry = subjects.get(id);
                if (entry == null) return;
                String currency = values(props, "currency").stream().findFirst().orElse(null);
                values(props, "publicKey").forEach(address -> entry.wallet(currency, address));
            });
            default -> {
            }
        }
    }

    private static List<String> values(JsonNode props, String key) {
        JsonNode node = props.path(key);
        if (!node.isArray()) return List.of();
        List<String> values = new ArrayList<>(node.size());
        node.forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) values.add(v.asText());
        });
        return values;
    }
}
