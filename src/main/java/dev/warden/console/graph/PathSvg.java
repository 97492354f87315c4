package dev.warden.console.graph;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.warden.console.graph.MoneyGraph.Edge;
import dev.warden.console.graph.MoneyGraph.Node;
import dev.warden.console.graph.PathLayout.Placement;
import dev.warden.console.graph.PathLayout.Point;
import dev.warden.console.graph.PathLayout.Segment;

/**
 * Writes a placed money graph as an inline SVG element. Every text and attribute value goes through the StAX
 * writer, which escapes markup characters (account ids are whatever a payment system sent); characters XML cannot
 * hold at all are replaced first. No script, no style attribute: the look is classes, styled by graph.css, and
 * presentation attributes. Each node and edge carries a {@code <title>}; the drawing's {@code <desc>} lists every
 * transfer as text.
 */
public final class PathSvg {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Characters of an account id shown in its box; the whole id is in the node's title. */
    static final int LABEL_CHARS = 22;
    /** Transfers listed on one edge's label; the rest are counted ("+2 more") and listed in the caption. */
    static final int LABEL_TRANSFERS = 3;
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private PathSvg() {
    }

    /**
     * @param idPrefix makes the element ids (title, description, arrow markers) unique in a page that shows several
     *        drawings; letters, digits and dashes only
     */
    public static String write(MoneyGraph graph, Placement placement, String title, String idPrefix) {
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9-]*")) throw new IllegalArgumentException("bad id prefix");
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter svg = XML.createXMLStreamWriter(out);
            svg.writeStartElement("svg");
            svg.writeDefaultNamespace(SVG_NS);
            svg.writeAttribute("class", "money-path-graph");
            svg.writeAttribute("viewBox", "0 0 " + number(placement.width()) + " " + number(placement.height()));
            svg.writeAttribute("role", "img");
            svg.writeAttribute("aria-labelledby", idPrefix + "-title " + idPrefix + "-desc");
            element(svg, "title", idPrefix + "-title", title);
            element(svg, "desc", idPrefix + "-desc", graph.transfers().stream().map(TransferText::sentence)
                    .collect(Collectors.joining("; ", "Transfers: ", ".")));
            markers(svg, idPrefix);
            svg.writeStartElement("g");
            svg.writeAttribute("class", "edges");
            for (int i = 0; i < graph.edges().size(); i++) edge(svg, graph.edges().get(i), placement.edges().get(i), idPrefix);
            svg.writeEndElement();
            svg.writeStartElement("g");
            svg.writeAttribute("class", "nodes");
            for (Node node : graph.nodes()) node(svg, graph, node, placement.nodes().get(node.account()));
            svg.writeEndElement();
            svg.writeEndElement();
            svg.flush();
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the money path drawing", e);
        }
        return out.toString();
    }

    private static void markers(XMLStreamWriter svg, String idPrefix) throws XMLStreamException {
        svg.writeStartElement("defs");
        for (String kind : List.of("arrow", "arrow-decided")) {
            svg.writeStartElement("marker");
            svg.writeAttribute("id", idPrefix + "-" + kind);
            svg.writeAttribute("class", kind);
            svg.writeAttribute("viewBox", "0 0 10 10");
            svg.writeAttribute("refX", "10");
            svg.writeAttribute("refY", "5");
            svg.writeAttribute("markerWidth", "8");
            svg.writeAttribute("markerHeight", "8");
            svg.writeAttribute("orient", "auto");
            svg.writeEmptyElement("path");
            svg.writeAttribute("d", "M 0 0 L 10 5 L 0 10 z");
            svg.writeEndElement();
        }
        svg.writeEndElement();
    }

    private static void edge(XMLStreamWriter svg, Edge edge, Segment at, String idPrefix) throws XMLStreamException {
        svg.writeStartElement("g");
        svg.writeAttribute("class", edge.decided() ? "edge decided" : "edge");
        text(svg, "title", edge.transfers().stream().map(TransferText::sentence).collect(Collectors.joining("; ")));
        svg.writeEmptyElement("line");
        svg.writeAttribute("x1", number(at.start().x()));
        svg.writeAttribute("y1", number(at.start().y()));
        svg.writeAttribute("x2", number(at.end().x()));
        svg.writeAttribute("y2", number(at.end().y()));
        svg.writeAttribute("marker-end", "url(#" + idPrefix + (edge.decided() ? "-arrow-decided)" : "-arrow)"));
        List<Transfer> shown = edge.transfers().stream().limit(LABEL_TRANSFERS).toList();
        int lines = shown.size() * 2 + (edge.transfers().size() > shown.size() ? 1 : 0);
        Point label = at.label();
        svg.writeStartElement("text");
        svg.writeAttribute("class", "edge-label");
        svg.writeAttribute("x", number(label.x()));
        svg.writeAttribute("y", number(label.y() - (lines - 1) * 7 - 4));
        svg.writeAttribute("text-anchor", "middle");
        boolean first = true;
        for (Transfer t : shown) {
            tspan(svg, label.x(), first ? 0 : 14, "amount", TransferText.amount(t.amount(), t.currency()));
            tspan(svg, label.x(), 14, "time", TransferText.time(t.occurredAt()));
            first = false;
        }
        if (edge.transfers().size() > shown.size()) {
            tspan(svg, label.x(), 14, "more", "+" + (edge.transfers().size() - shown.size()) + " more");
        }
        svg.writeEndElement();
        svg.writeEndElement();
    }

    private static void node(XMLStreamWriter svg, MoneyGraph graph, Node node, Point centre) throws XMLStreamException {
        boolean decidedParty = graph.edges().stream().filter(Edge::decided)
                .anyMatch(e -> e.from().equals(node.account()) || e.to().equals(node.account()));
        boolean centreOfStar = graph.shape() == MoneyGraph.Shape.STAR && node.group() == 0;
        svg.writeStartElement("g");
        svg.writeAttribute("class", "node" + (decidedParty ? " decided-party" : "") + (centreOfStar ? " centre" : ""));
        text(svg, "title", node.account());
        svg.writeEmptyElement("rect");
        svg.writeAttribute("x", number(centre.x() - PathLayout.NODE_WIDTH / 2));
        svg.writeAttribute("y", number(centre.y() - PathLayout.NODE_HEIGHT / 2));
        svg.writeAttribute("width", number(PathLayout.NODE_WIDTH));
        svg.writeAttribute("height", number(PathLayout.NODE_HEIGHT));
        svg.writeAttribute("rx", "6");
        svg.writeStartElement("text");
        svg.writeAttribute("class", "node-label");
        svg.writeAttribute("x", number(centre.x()));
        svg.writeAttribute("y", number(centre.y() + 5));
        svg.writeAttribute("text-anchor", "middle");
        svg.writeCharacters(xmlSafe(shorten(node.account())));
        svg.writeEndElement();
        svg.writeEndElement();
    }

    private static void tspan(XMLStreamWriter svg, double x, double dy, String kind, String value) throws XMLStreamException {
        svg.writeStartElement("tspan");
        svg.writeAttribute("class", kind);
        svg.writeAttribute("x", number(x));
        svg.writeAttribute("dy", number(dy));
        svg.writeCharacters(xmlSafe(value));
        svg.writeEndElement();
    }

    private static void element(XMLStreamWriter svg, String name, String id, String value) throws XMLStreamException {
        svg.writeStartElement(name);
        svg.writeAttribute("id", id);
        svg.writeCharacters(xmlSafe(value));
        svg.writeEndElement();
    }

    private static void text(XMLStreamWriter svg, String name, String value) throws XMLStreamException {
        svg.writeStartElement(name);
        svg.writeCharacters(xmlSafe(value));
        svg.writeEndElement();
    }

    static String shorten(String account) {
        return account.codePointCount(0, account.length()) <= LABEL_CHARS ? account
                : account.substring(0, account.offsetByCodePoints(0, LABEL_CHARS - 1)) + "\u2026";
    }

    /** XML 1.0 holds no control characters other than tab, newline and carriage return, nor lone surrogates. */
    static String xmlSafe(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
