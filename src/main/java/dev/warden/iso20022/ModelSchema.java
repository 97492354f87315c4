package dev.warden.iso20022;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.Result;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.SchemaOutputResolver;

import org.xml.sax.SAXException;

/**
 * One message type's JAXB context and the schema its model says, built once. Prowide's model is generated from the
 * official XSDs; JAXB writes it back as a schema that holds every element's name, order and cardinality, the data
 * types (decimal, date, boolean) and the code lists. It does not hold the official facets (lengths, patterns such as
 * the BIC's) nor which branch of a choice is given: docs/iso20022.md says what Warden checks of those instead.
 *
 * <p>Prowide's model types have no namespace (the message's namespace is unbound while reading, see
 * {@code NamespaceAndElementFilter}), so the schema validates the Document as that filter passes it on.
 */
final class ModelSchema {
    final JAXBContext context;
    final Schema schema;

    private ModelSchema(JAXBContext context, Schema schema) {
        this.context = context;
        this.schema = schema;
    }

    static ModelSchema of(MessageType type) {
        try {
            JAXBContext context = JAXBContext.newInstance(type.modelClasses());
            Map<String, StringWriter> written = new LinkedHashMap<>();
            context.generateSchema(new SchemaOutputResolver() {
                @Override
                public Result createOutput(String namespace, String suggestedFileName) {
                    StringWriter out = new StringWriter();
                    written.put(namespace, out);
                    StreamResult result = new StreamResult(out);
                    result.setSystemId(suggestedFileName);
                    return result;
                }
            });
            StringWriter types = written.get("");
            if (types == null) throw new IllegalStateException("no schema for the model types of " + type.id());
            String xsd = types.toString();
            // The root: the Document element as it arrives with its namespace unbound.
            int open = xsd.indexOf('>', xsd.indexOf("<xs:schema")) + 1;
            xsd = xsd.substring(0, open) + "\n  <xs:element name=\"Document\" type=\"Document\"/>" + xsd.substring(open);
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new ModelSchema(context, factory.newSchema(new StreamSource(new StringReader(xsd))));
        } catch (JAXBException | SAXException | IOException e) {
            throw new IllegalStateException("cannot build the schema of " + type.id(), e);
        }
    }
}
