package dev.warden.console.graph;

import static dev.warden.console.graph.PathLayoutTest.nodes;
import static dev.warden.console.graph.PathLayoutTest.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dev.warden.console.graph.MoneyGraph.Shape;

class PathSvgTest {
    private static final String HOSTILE = "\"><script>alert(1)</script>";

    @Test
    void aHostileAccountIdStaysTextInTitlesLabelsAndTheDescription() throws Exception {
        MoneyGraph chain = MoneyGraph.of(Shape.CHAIN, nodes(0, HOSTILE, "acc-b", "acc-c"), List.of(
                transfer("t1", HOSTILE, "acc-b", "10000", 0, false), transfer("t2<b>", "acc-b", "acc-c", "9800.5", 12, true)),
                0);
        String svg = PathSvg.write(chain, PathLayout.place(chain), "Chain through " + HOSTILE, "mp-0");

        assertThat(svg).doesNotContain("<script").doesNotContain("<b>").doesNotContain("style=");
        assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("mp-0-title mp-0-desc");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        // Parsed back, the id is exactly what was sent: escaped on the way out, not changed.
        assertThat(texts(doc, "title")).contains(HOSTILE, "acc-b", "Chain through " + HOSTILE);
        assertThat(texts(doc, "desc").get(0)).contains(HOSTILE + " paid acc-b 10,000 USD on 2026-11-20 08:00 UTC")
                .contains("acc-b paid acc-c 9,800.5 USD on 2026-11-20 20:00 UTC (transaction t2<b>, the decided transfer)");
        assertThat(texts(doc, "text")).anyMatch(t -> t.startsWith("\"><script>alert(1)"));
    }

    @Test
    void nodesAndEdgesCarryClassesAndTheDecidedTransferIsMarked() throws Exception {
        MoneyGraph chain = MoneyGraph.of(Shape.CHAIN, nodes(0, "q", "p", "o", "b"), List.of(
                transfer("t1", "q", "p", "10000", 0, false), transfer("t2", "p", "o", "9800", 12, false),
                transfer("t3", "o", "b", "9600", 26, true)), 0);
        Document doc = parse(PathSvg.write(chain, PathLayout.place(chain), "Chain", "mp-1"));
        List<Element> groups = elements(doc, "g");
        assertThat(groups.stream().filter(g -> hasClass(g, "node"))).hasSize(4);
        List<Element> edges = groups.stream().filter(g -> hasClass(g, "edge")).toList();
        assertThat(edges).hasSize(3);
        assertThat(edges).extracting(g -> g.getAttribute("class")).containsExactly("edge", "edge", "edge decided");
        assertThat(edges.get(2).getTextContent()).contains("9,600 USD").contains("2026-11-21 10:00 UTC");
        Element line = (Element) edges.get(2).getElementsByTagName("line").item(0);
        assertThat(line.getAttribute("marker-end")).isEqualTo("url(#mp-1-arrow-decided)");
        assertThat(elements(doc, "marker")).extracting(m -> m.getAttribute("id"))
                .containsExactly("mp-1-arrow", "mp-1-arrow-decided");
        assertThat(groups.stream().filter(g -> g.getAttribute("class").contains("decided-party")))
                .extracting(Element::getTextContent).containsExactlyInAnyOrder("oo", "bb");
    }

    @Test
    void longIdsAreShortenedInTheBoxAndManyTransfersOfOnePairAreCounted() throws Exception {
        String longId = "DE89370400440532013000-and-a-long-tail";
        MoneyGraph graph = MoneyGraph.of(Shape.STAR, List.of(new MoneyGraph.Node(longId, 0)), List.of(
                transfer("1", "x", longId, "1", 0, false), transfer("2", "x", longId, "2", 1, false),
                transfer("3", "x", longId, "3", 2, false), transfer("4", "x", longId, "4", 3, false),
                transfer("5", "x", longId, "5", 4, true)), 1);
        Document doc = parse(PathSvg.write(graph, PathLayout.place(graph), "Star", "mp-2"));
        assertThat(texts(doc, "text")).contains(longId.substring(0, PathSvg.LABEL_CHARS - 1) + "\u2026");
        assertThat(texts(doc, "tspan")).contains("+2 more").contains("1 USD", "2 USD", "3 USD").doesNotContain("4 USD");
    }

    @Test
    void controlCharactersCannotBreakTheDocumentNorCanTheIdPrefix() throws Exception {
        MoneyGraph graph = MoneyGraph.of(Shape.CHAIN, nodes(0, "a\u0001b", "c"),
                List.of(transfer("1", "a\u0001b", "c", "1", 0, true)), 0);
        assertThat(texts(parse(PathSvg.write(graph, PathLayout.place(graph), "x", "mp-3")), "title"))
                .contains("a\uFFFDb");
        assertThatThrownBy(() -> PathSvg.write(graph, PathLayout.place(graph), "x", "\"><x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean hasClass(Element e, String name) {
        return List.of(e.getAttribute("class").split(" ")).contains(name);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    private static List<String> texts(Document doc, String tag) {
        return elements(doc, tag).stream().map(Element::getTextContent).toList();
    }
}
