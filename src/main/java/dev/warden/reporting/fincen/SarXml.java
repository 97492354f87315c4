package dev.warden.reporting.fincen;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The StAX writer of one batch: elements in the schema's namespace, and the SeqNum every element with one
 * carries, counted from 1 in document order so that they are unique in the batch (the schema's Unique-SeqNum).
 * Values are escaped by StAX; an element whose value is null is not written.
 */
final class SarXml implements AutoCloseable {
    static final String NAMESPACE = "www.fincen.gov/base";
    private static final String PREFIX = "fc2";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private long seqNum;

    SarXml(OutputStream out) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** The root element, declaring the namespace. */
    void root(String name) throws XMLStreamException {
        xml.setPrefix(PREFIX, NAMESPACE);
        xml.writeStartElement(PREFIX, name, NAMESPACE);
        xml.writeNamespace(PREFIX, NAMESPACE);
    }

    void start(String name) throws XMLStreamException {
        xml.writeStartElement(PREFIX, name, NAMESPACE);
    }

    /** An element with the next SeqNum. */
    void startNumbered(String name) throws XMLStreamException {
        start(name);
        xml.writeAttribute("SeqNum", Long.toString(++seqNum));
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    /** {@code <name>value</name>}, or nothing when the value is null. */
    void leaf(String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(name);
        xml.writeCharacters(value.toString());
        end();
    }

    /** An indicator element ({@code Y}) when {@code condition} holds. */
    void indicator(String name, boolean condition) throws XMLStreamException {
        if (condition) {
            leaf(name, "Y");
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
