package dev.warden.screening.load;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX helpers shared by the XML list readers; external entities and DTDs are off (the files come from outside). */
final class XmlStreams {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XmlStreams() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Advances one event; true when it is the end of the named element (or of the document). */
    static boolean endOf(XMLStreamReader xml, String element) throws XMLStreamException {
        int event = xml.next();
        return event == XMLStreamConstants.END_DOCUMENT
                || (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element));
    }

    static String attr(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(null, name);
    }
}
