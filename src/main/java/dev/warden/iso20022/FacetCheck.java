package dev.warden.iso20022;

import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks each leaf element's text (and each amount's currency attribute) against {@link SchemaFacets} as the body
 * streams to the schema validator, adding a problem at the element's path for each value that breaks its type.
 * Sits after {@link ElementPath} in the filter chain, so the path is that of the element being read.
 */
final class FacetCheck extends XMLFilterImpl {
    private static final String CURRENCY_ATTRIBUTE = "Ccy";

    private final ElementPath path;
    private final List<MessageProblem> problems;
    private final int maxProblems;
    private final StringBuilder text = new StringBuilder();
    private int depth;
    /** The depth of the element whose text is being collected: no child element started since it did. */
    private int leafDepth = -1;
    private boolean amount;

    FacetCheck(ElementPath path, List<MessageProblem> problems, int maxProblems) {
        this.path = path;
        this.problems = problems;
        this.maxProblems = maxProblems;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        leafDepth = depth;
        text.setLength(0);
        String currency = atts.getValue(CURRENCY_ATTRIBUTE);
        amount = currency != null;
        if (amount) add(path.current() + "/@" + CURRENCY_ATTRIBUTE, SchemaFacets.CURRENCY.problem(currency));
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (leafDepth == depth) text.append(ch, start, length);
        super.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (leafDepth == depth) {
            String value = text.toString();
            add(path.current(), amount ? SchemaFacets.amountProblem(value) : SchemaFacets.problem(path.current(), value));
            leafDepth = -1;
            amount = false;
        }
        depth--;
        super.endElement(uri, localName, qName);
    }

    private void add(String at, String problem) {
        if (problem != null && problems.size() < maxProblems) problems.add(new MessageProblem(at, problem));
    }
}
