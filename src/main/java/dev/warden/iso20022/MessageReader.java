package dev.warden.iso20022;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.ValidatorHandler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.JAXBException;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.NamespaceAndElementFilter;

/**
 * Reads a message body into Prowide's model: finds the Document (alone, or beside an AppHdr in an envelope), tells
 * its type by namespace, and binds it while validating it against the model's schema. Every problem names the
 * element path. No DOCTYPE is accepted (so no entity, external or internal, is ever expanded).
 */
@ApplicationScoped
public class MessageReader {
    /** Enough to fix a message in one go; a body of thousands of errors is not read to its end. */
    static final int MAX_PROBLEMS = 20;
    private static final String APP_HDR_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:head.001.001.";

    private final Map<MessageType, ModelSchema> schemas = new EnumMap<>(MessageType.class);
    private final SAXParserFactory parsers;
    private final XMLInputFactory scanners;

    /** A Document bound to its model, and whether a business application header came with it. */
    public record Message(MessageType type, AbstractMX model, boolean withAppHdr) {
    }

    public MessageReader() {
        try {
            parsers = SAXParserFactory.newInstance();
            parsers.setNamespaceAware(true);
            parsers.setXIncludeAware(false);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
            parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            parsers.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        scanners = XMLInputFactory.newFactory();
        scanners.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        scanners.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    public Message read(byte[] body) {
        Envelope envelope = scan(body);
        ModelSchema schema = schemaOf(envelope.type());
        List<MessageProblem> problems = validate(body, schema);
        if (!problems.isEmpty()) throw breaks(envelope.type(), problems);
        try {
            AbstractMX model = schema.context.createUnmarshaller().unmarshal(documentOf(body, null),
                    envelope.type().model()).getValue();
            return new Message(envelope.type(), model, envelope.withAppHdr());
        } catch (JAXBException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("a valid " + envelope.type().id() + " could not be bound", e);
        }
    }

    /**
     * Every problem against the schema, each with its element path, up to {@value #MAX_PROBLEMS}: the model's
     * schema (structure, data types, code lists) and the official facets it lacks ({@link SchemaFacets}). A pass of
     * its own before binding: the validator carries on past an error and reports each one once, where binding while
     * validating stops making sense after the first.
     */
    private List<MessageProblem> validate(byte[] body, ModelSchema schema) {
        List<MessageProblem> problems = new ArrayList<>();
        ElementPath path = new ElementPath();
        ValidatorHandler validator = schema.schema.newValidatorHandler();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a message invalid
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                problems.add(new MessageProblem(path.current(), reason(e)));
                if (problems.size() >= MAX_PROBLEMS) throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            SAXSource source = documentOf(body, path);
            FacetCheck facets = new FacetCheck(path, problems, MAX_PROBLEMS);
            facets.setParent(path);
            facets.setContentHandler(validator);
            facets.parse(source.getInputSource());
        } catch (SAXParseException e) {
            if (problems.size() < MAX_PROBLEMS) problems.add(new MessageProblem(path.current(), reason(e)));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new IllegalStateException("cannot validate a message", e);
        }
        return problems;
    }

    /** The Document of the body, its namespace unbound as Prowide's model expects, through {@code path} if given. */
    private SAXSource documentOf(byte[] body, ElementPath path) throws ParserConfigurationException, SAXException {
        XMLReader parser = parsers.newSAXParser().getXMLReader();
        NamespaceAndElementFilter document = new NamespaceAndElementFilter("Document");
        document.setParent(parser);
        XMLReader top = document;
        if (path != null) {
            path.setParent(document);
            top = path;
        }
        return new SAXSource(top, new InputSource(new ByteArrayInputStream(body)));
    }

    private static InvalidMessageException breaks(MessageType type, List<MessageProblem> problems) {
        return new InvalidMessageException("The message breaks the " + type.id() + " schema in " + problems.size()
                + " place(s)" + (problems.size() >= MAX_PROBLEMS ? " (the first " + MAX_PROBLEMS + " shown)" : ""), problems);
    }

    private synchronized ModelSchema schemaOf(MessageType type) {
        return schemas.computeIfAbsent(type, ModelSchema::of);
    }

    private record Envelope(MessageType type, boolean withAppHdr) {
    }

    /**
     * The Document's type, and where it is: the root, or a child of the root beside an AppHdr (a transport envelope
     * of any name, as SWIFT and the market infrastructures wrap a business message).
     */
    private Envelope scan(byte[] body) {
        XMLStreamReader xml = null;
        try {
            xml = scanners.createXMLStreamReader(new ByteArrayInputStream(body));
            String root = null;
            boolean appHdr = false;
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidMessageException("The body is not an ISO 20022 message Warden reads", "/",
                            "a DOCTYPE is not accepted (no DTDs or entities in an ISO 20022 message)");
                }
                if (event == XMLStreamConstants.END_ELEMENT) depth--;
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                depth++;
                String name = xml.getLocalName();
                String at = root == null ? "/" + name : "/" + root + "/" + name;
                if (depth == 1) root = name;
                if (name.equals("Document") && depth <= 2) {
                    String namespace = xml.getNamespaceURI();
                    MessageType type = MessageType.ofNamespace(namespace).orElseThrow(() -> new InvalidMessageException(
                            "The message is not one Warden decides", at, (namespace == null || namespace.isEmpty()
                                    ? "a Document without a namespace" : "'" + namespace + "' is not a message Warden decides")
                                    + "; accepted: " + MessageType.accepted()));
                    return new Envelope(type, appHdr);
                }
                if (depth == 2 && name.equals("AppHdr") && String.valueOf(xml.getNamespaceURI()).startsWith(APP_HDR_NAMESPACE)) {
                    appHdr = true;
                }
                if (depth == 2) {
                    skip(xml);
                    depth--;
                } else if (depth > 2) {
                    break;
                }
            }
            throw new InvalidMessageException("The message is not one Warden decides", root == null ? "/" : "/" + root,
                    "no ISO 20022 Document at the root or beside an AppHdr in the envelope");
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            throw new InvalidMessageException("The body is not well-formed XML", "/", (at != null ? "line "
                    + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " : "") + message(e));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open beyond the byte array
                }
            }
        }
    }

    /** Past the current element, to its end. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private static String reason(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + schemaMessage(e.getMessage());
    }

    /** Xerces prefixes its messages with the clause of the XSD specification ("cvc-complex-type.2.4.a: "). */
    private static String schemaMessage(String message) {
        if (message == null) return "invalid";
        return message.replaceFirst("^cvc-[a-zA-Z0-9.\\-]+: ", "");
    }

    private static String message(XMLStreamException e) {
        String text = e.getMessage() == null ? "not well-formed" : e.getMessage();
        int detail = text.indexOf("Message: ");
        return detail >= 0 ? text.substring(detail + "Message: ".length()) : text;
    }
}
