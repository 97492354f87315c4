package dev.warden.screening.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry.SubjectType;
import dev.warden.screening.list.WatchListEntry;

/**
 * The UN Security Council Consolidated List XML (CONSOLIDATED_LIST with INDIVIDUALS and ENTITIES). Aliases of
 * QUALITY "Low" are weak; "Good", "a.k.a." and "f.k.a." are strong. Countries are written as names and mapped to
 * ISO codes. The version is the date of the root's dateGenerated attribute.
 */
public final class UnXmlReader {

    public WatchList read(String listName, String location, InputStream in) throws IOException {
        List<WatchListEntry> entries = new ArrayList<>();
        String version = null;
        try {
            XMLStreamReader xml = XmlStreams.open(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                switch (xml.getLocalName()) {
                    case "CONSOLIDATED_LIST" -> {
                        String generated = xml.getAttributeValue(null, "dateGenerated");
                        if (generated != null && generated.length() >= 10) version = generated.substring(0, 10);
                    }
                    case "INDIVIDUAL" -> entries.add(subject(xml, "INDIVIDUAL", SubjectType.INDIVIDUAL));
                    case "ENTITY" -> entries.add(subject(xml, "ENTITY", SubjectType.ENTITY));
                    default -> {
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(location + ": not readable as UN consolidated XML: " + e.getMessage(), e);
        }
        if (version == null) throw new IOException(location + ": no dateGenerated on CONSOLIDATED_LIST");
        return new WatchList(listName, version, location, entries.stream().filter(e -> !e.names().isEmpty()).toList());
    }

    private static WatchListEntry subject(XMLStreamReader xml, String element, SubjectType type) throws XMLStreamException {
        List<String> nameParts = new ArrayList<>();
        String reference = null;
        String dataId = null;
        String originalScript = null;
        EntryBuilder entry = new EntryBuilder("", type);
        List<String[]> aliases = new ArrayList<>();
        String aliasQuality = null;
        String docType = null;
        String docNumber = null;
        String dobDate = null, dobYear = null, dobFrom = null, dobTo = null;
        while (!XmlStreams.endOf(xml, element)) {
            if (xml.isEndElement()) {
                switch (xml.getLocalName()) {
                    case "INDIVIDUAL_DOCUMENT", "ENTITY_DOCUMENT" -> {
                        if (docNumber != null && !docNumber.isBlank()) {
                            String label = docType == null ? "ID" : docType.strip();
                            entry.identifier(IdentifierKinds.of(label), docNumber, label);
                        }
                        docType = null;
                        docNumber = null;
                    }
                    case "INDIVIDUAL_DATE_OF_BIRTH" -> {
                        if (dobDate != null) entry.birthDate(ListDates.iso(dobDate));
                        else if (dobYear != null) entry.birthDate(dobYear.strip());
                        else if (dobFrom != null && dobTo != null) entry.birthDate(dobFrom.strip() + "/" + dobTo.strip());
                        dobDate = dobYear = dobFrom = dobTo = null;
                    }
                    default -> {
                    }
                }
                continue;
            }
            if (!xml.isStartElement()) continue;
            switch (xml.getLocalName()) {
                case "DATAID" -> dataId = xml.getElementText().strip();
                case "REFERENCE_NUMBER" -> reference = xml.getElementText().strip();
                case "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" -> {
                    String part = xml.getElementText().strip();
                    if (!part.isEmpty()) nameParts.add(part);
                }
                case "NAME_ORIGINAL_SCRIPT" -> originalScript = xml.getElementText();
                case "UN_LIST_TYPE" -> entry.program(xml.getElementText());
                case "QUALITY" -> aliasQuality = xml.getElementText().strip();
                case "ALIAS_NAME" -> {
                    aliases.add(new String[] {xml.getElementText(), aliasQuality});
                    aliasQuality = null;
                }
                // VALUE also holds titles, designations and dates; only those that name a country count.
                case "VALUE", "COUNTRY", "ISSUING_COUNTRY" -> entry.country(Countries.iso2(xml.getElementText()));
                case "TYPE_OF_DOCUMENT" -> docType = xml.getElementText();
                case "NUMBER" -> docNumber = xml.getElementText();
                case "DATE" -> dobDate = xml.getElementText();
                case "YEAR" -> dobYear = xml.getElementText();
                case "FROM_YEAR" -> dobFrom = xml.getElementText();
                case "TO_YEAR" -> dobTo = xml.getElementText();
                default -> {
                }
            }
        }
        EntryBuilder built = new EntryBuilder(reference != null ? reference : dataId, type);
        built.name(String.join(" ", nameParts), true, false);
        built.name(originalScript, false, false);
        for (String[] alias : aliases) {
            built.name(alias[0], false, "Low".equalsIgnoreCase(alias[1]));
        }
        WatchListEntry details = entry.build();
        details.programs().forEach(built::program);
        details.countries().forEach(built::country);
        details.birthDates().forEach(built::birthDate);
        details.identifiers().forEach(id -> built.identifier(id.kind(), id.value(), id.label()));
        return built.build();
    }
}
