package dev.warden.screening.load;

import static dev.warden.screening.load.XmlStreams.attr;
import static dev.warden.screening.load.XmlStreams.endOf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry.IdentifierKind;
import dev.warden.screening.list.WatchListEntry.SubjectType;

/**
 * OFAC's "SDN Advanced" XML, streamed with StAX (the full list is 120 MB). The file is normalised: features,
 * documents, aliases and programs refer to reference values and locations by id, so the reference sets, the
 * locations and the identity documents (which all come before the parties) are kept in maps, and programs (which
 * come after, in SanctionsEntries) are attached at the end. The version is the file's DateOfIssue.
 */
public final class OfacAdvancedXmlReader {
    private static final String WALLET_FEATURE = "Digital Currency Address - ";

    private final Map<String, String> aliasTypes = new HashMap<>();
    private final Map<String, String> featureTypes = new HashMap<>();
    private final Map<String, String> docTypes = new HashMap<>();
    private final Map<String, String> countryIso = new HashMap<>();
    private final Map<String, String> partyTypeOfSubType = new HashMap<>();
    private final Map<String, String> partySubTypes = new HashMap<>();
    private final Map<String, String> partyTypes = new HashMap<>();
    private final Map<String, String> namePartTypes = new HashMap<>();
    private final Map<String, String> locationCountry = new HashMap<>();
    /** IdentityID to its documents: [type id, number, issuing country id]. */
    private final Map<String, List<String[]>> documents = new HashMap<>();
    private final Map<String, EntryBuilder> entries = new LinkedHashMap<>();
    private String dateOfIssue;

    public WatchList read(String listName, String location, InputStream in) throws IOException {
        try {
            XMLStreamReader xml = XmlStreams.open(in);
            try {
                parse(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(location + ": not readable as OFAC Advanced XML: " + e.getMessage(), e);
        }
        if (dateOfIssue == null) throw new IOException(location + ": no DateOfIssue");
        return new WatchList(listName, dateOfIssue, location, entries.values().stream()
                .filter(EntryBuilder::hasNames).map(EntryBuilder::build).toList());
    }

    private void parse(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "DateOfIssue" -> dateOfIssue = date(xml, "DateOfIssue");
                case "AliasType" -> aliasTypes.put(attr(xml, "ID"), xml.getElementText());
                case "FeatureType" -> featureTypes.put(attr(xml, "ID"), xml.getElementText());
                case "IDRegDocType" -> docTypes.put(attr(xml, "ID"), xml.getElementText());
                case "Country" -> countryIso.put(attr(xml, "ID"), attr(xml, "ISO2"));
                case "PartySubType" -> {
                    String id = attr(xml, "ID");
                    partyTypeOfSubType.put(id, attr(xml, "PartyTypeID"));
                    partySubTypes.put(id, xml.getElementText());
                }
                case "PartyType" -> partyTypes.put(attr(xml, "ID"), xml.getElementText());
                case "NamePartType" -> namePartTypes.put(attr(xml, "ID"), xml.getElementText());
                case "Location" -> location(xml);
                case "IDRegDocument" -> document(xml);
                case "Profile" -> profile(xml);
                case "SanctionsEntry" -> sanctionsEntry(xml);
                default -> {
                }
            }
        }
    }

    private void location(XMLStreamReader xml) throws XMLStreamException {
        String id = attr(xml, "ID");
        while (!endOf(xml, "Location")) {
            if (xml.isStartElement() && xml.getLocalName().equals("LocationCountry")) {
                locationCountry.put(id, attr(xml, "CountryID"));
            }
        }
    }

    private void document(XMLStreamReader xml) throws XMLStreamException {
        String type = attr(xml, "IDRegDocTypeID");
        String identity = attr(xml, "IdentityID");
        String country = attr(xml, "IssuedBy-CountryID");
        String number = null;
        while (!endOf(xml, "IDRegDocument")) {
            if (xml.isStartElement() && xml.getLocalName().equals("IDRegistrationNo")) number = xml.getElementText();
        }
        if (number != null) documents.computeIfAbsent(identity, k -> new ArrayList<>()).add(new String[] {type, number, country});
    }

    /** One party: its identities with aliases, its features, and the documents of its identities. */
    private void profile(XMLStreamReader xml) throws XMLStreamException {
        String id = attr(xml, "ID");
        EntryBuilder entry = entries.computeIfAbsent(id, k -> new EntryBuilder(k, null));
        entry.type(subjectType(attr(xml, "PartySubTypeID")));
        while (!endOf(xml, "Profile")) {
            if (!xml.isStartElement()) continue;
            switch (xml.getLocalName()) {
                case "Identity" -> identity(xml, entry);
                case "Feature" -> feature(xml, entry);
                default -> {
                }
            }
        }
    }

    private record NamePart(String group, String value) {
    }

    private record PendingName(List<NamePart> parts, boolean primary, boolean weak) {
    }

    private void identity(XMLStreamReader xml, EntryBuilder entry) throws XMLStreamException {
        String identityId = attr(xml, "ID");
        List<PendingName> names = new ArrayList<>();
        Map<String, String> groupTypes = new HashMap<>();
        boolean primaryAlias = false;
        boolean weak = false;
        boolean firstOfAlias = false;
        List<NamePart> parts = null;
        while (!endOf(xml, "Identity")) {
            if (xml.isStartElement()) {
                switch (xml.getLocalName()) {
                    case "Alias" -> {
                        primaryAlias = "true".equals(attr(xml, "Primary"));
                        weak = "true".equals(attr(xml, "LowQuality"));
                        firstOfAlias = true;
                    }
                    case "DocumentedName" -> parts = new ArrayList<>();
                    case "NamePartValue" -> {
                        String group = attr(xml, "NamePartGroupID");
                        if (parts != null) parts.add(new NamePart(group, xml.getElementText()));
                    }
                    case "NamePartGroup" -> groupTypes.put(attr(xml, "ID"), namePartTypes.get(attr(xml, "NamePartTypeID")));
                    default -> {
                    }
                }
            } else if (xml.isEndElement() && xml.getLocalName().equals("DocumentedName") && parts != null) {
                // The first documented name of the primary alias is the primary Latin name; others are its
                // renderings in other scripts, strong aliases.
                names.add(new PendingName(parts, primaryAlias && firstOfAlias, weak));
                firstOfAlias = false;
                parts = null;
            }
        }
        for (PendingName name : names) {
            entry.name(join(name.parts(), groupTypes), name.primary(), name.weak());
        }
        for (String[] doc : documents.getOrDefault(identityId, List.of())) {
            String label = docTypes.getOrDefault(doc[0], "ID");
            entry.identifier(IdentifierKinds.of(label), doc[1], label);
        }
    }

    /** Individuals' names come in parts; written as "Last, First Middle" like the OFAC CSV. */
    private static String join(List<NamePart> parts, Map<String, String> groupTypes) {
        StringBuilder last = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        for (NamePart part : parts) {
            String type = groupTypes.getOrDefault(part.group(), "");
            StringBuilder target = type.equals("Last Name") ? last : rest;
            if (target.length() > 0) target.append(' ');
            target.append(part.value().strip());
        }
        if (last.length() > 0 && rest.length() > 0) return last + ", " + rest;
        return last.length() > 0 ? last.toString() : rest.toString();
    }

    private void feature(XMLStreamReader xml, EntryBuilder entry) throws XMLStreamException {
        String type = featureTypes.getOrDefault(attr(xml, "FeatureTypeID"), "");
        String detail = null;
        String locationId = null;
        String date = null;
        while (!endOf(xml, "Feature")) {
            if (!xml.isStartElement()) continue;
            switch (xml.getLocalName()) {
                case "VersionDetail" -> detail = xml.getElementText();
                case "VersionLocation" -> locationId = attr(xml, "LocationID");
                case "DatePeriod" -> date = datePeriod(xml);
                default -> {
                }
            }
        }
        if (type.startsWith(WALLET_FEATURE) && detail != null) {
            entry.wallet(type.substring(WALLET_FEATURE.length()).strip(), detail);
        } else if (type.equals("SWIFT/BIC") && detail != null) {
            entry.identifier(IdentifierKind.BIC, detail, type);
        } else if (type.equals("Birthdate") && date != null) {
            entry.birthDate(date);
        } else if ((type.equals("Nationality Country") || type.equals("Citizenship Country")
                || type.equals("Nationality of Registration") || type.equals("Registration Country")) && locationId != null) {
            entry.country(countryIso.get(locationCountry.get(locationId)));
        } else if (type.equals("Location") && locationId != null) {
            entry.country(countryIso.get(locationCountry.get(locationId)));
        } else if ((type.equals("ISIN") || type.equals("D-U-N-S Number") || type.equals("MICEX Code")
                || type.startsWith("Vessel Call Sign")) && detail != null && !detail.isBlank()) {
            entry.identifier(IdentifierKind.OTHER, detail, type);
        }
    }

    private void sanctionsEntry(XMLStreamReader xml) throws XMLStreamException {
        EntryBuilder entry = entries.get(attr(xml, "ProfileID"));
        boolean program = false;
        while (!endOf(xml, "SanctionsEntry")) {
            if (!xml.isStartElement()) continue;
            if (xml.getLocalName().equals("SanctionsMeasure")) {
                program = "1".equals(attr(xml, "SanctionsTypeID"));
            } else if (xml.getLocalName().equals("Comment") && program && entry != null) {
                entry.program(xml.getElementText());
            }
        }
    }

    /** A birth date period: exact day, a month, a year, or a range of years (each year listed). */
    private static String datePeriod(XMLStreamReader xml) throws XMLStreamException {
        List<int[]> points = new ArrayList<>();
        int[] current = null;
        while (!endOf(xml, "DatePeriod")) {
            if (!xml.isStartElement()) continue;
            switch (xml.getLocalName()) {
                case "From", "To" -> {
                    current = new int[3];
                    points.add(current);
                }
                case "Year" -> current[0] = Integer.parseInt(xml.getElementText().strip());
                case "Month" -> current[1] = Integer.parseInt(xml.getElementText().strip());
                case "Day" -> current[2] = Integer.parseInt(xml.getElementText().strip());
                default -> {
                }
            }
        }
        if (points.isEmpty()) return null;
        int[] from = points.get(0);
        int[] to = points.get(points.size() - 1);
        if (from[0] == to[0] && from[1] == to[1] && from[2] == to[2]) {
            return "%04d-%02d-%02d".formatted(from[0], from[1], from[2]);
        }
        if (from[0] == to[0] && from[1] == to[1]) return "%04d-%02d".formatted(from[0], from[1]);
        if (from[0] == to[0]) return "%04d".formatted(from[0]);
        return "%04d/%04d".formatted(from[0], to[0]);
    }

    private static String date(XMLStreamReader xml, String element) throws XMLStreamException {
        int year = 0, month = 0, day = 0;
        while (!endOf(xml, element)) {
            if (!xml.isStartElement()) continue;
            switch (xml.getLocalName()) {
                case "Year" -> year = Integer.parseInt(xml.getElementText().strip());
                case "Month" -> month = Integer.parseInt(xml.getElementText().strip());
                case "Day" -> day = Integer.parseInt(xml.getElementText().strip());
                default -> {
                }
            }
        }
        return "%04d-%02d-%02d".formatted(year, month, day);
    }

    private SubjectType subjectType(String partySubTypeId) {
        String subType = partySubTypeId == null ? "" : partySubTypeId;
        String subTypeName = partySubTypes.getOrDefault(subType, "");
        if (subTypeName.equals("Vessel")) return SubjectType.VESSEL;
        if (subTypeName.equals("Aircraft")) return SubjectType.AIRCRAFT;
        String partyType = partyTypes.getOrDefault(partyTypeOfSubType.get(subType), "");
        return switch (partyType) {
            case "Individual" -> SubjectType.INDIVIDUAL;
            case "Entity", "Other Entity" -> SubjectType.ENTITY;
            default -> SubjectType.UNKNOWN;
        };
    }
}
