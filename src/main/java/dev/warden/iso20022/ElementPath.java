package dev.warden.iso20022;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Follows where a SAX stream is, as a path of element names with the position among same-named siblings
 * ({@code /Document/FIToFICstmrCdtTrf/CdtTrfTxInf[2]/IntrBkSttlmAmt}), so that an error raised downstream (schema
 * validation, binding) can name the element. The position is written from the second sibling on, as XPath reads
 * it, and always for the elements that are one unit of a batch.
 */
final class ElementPath extends XMLFilterImpl {
    /** A message's repeated units: every one is named with its position, the first too. */
    static final Set<String> UNITS = Set.of("CdtTrfTxInf", "PmtInf");

    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

    ElementPath() {
        siblings.push(new HashMap<>());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        int position = siblings.peek().merge(localName, 1, Integer::sum);
        path.addLast(step(localName, position));
        siblings.push(new HashMap<>());
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        // After passing it on: a check that fails at the end of an element still sees the element's path.
        try {
            super.endElement(uri, localName, qName);
        } finally {
            siblings.pop();
            path.pollLast();
        }
    }

    /** The element being read, or "/" before the first. */
    String current() {
        return path.isEmpty() ? "/" : "/" + String.join("/", path);
    }

    /** One step of a path: the name, with its 1-based position when it is a unit or not the first. */
    static String step(String name, int position) {
        return position > 1 || UNITS.contains(name) ? name + "[" + position + "]" : name;
    }
}
