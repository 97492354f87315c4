package dev.warden.reporting.fincen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * FinCEN's SAR XML batch schema (EFL_SARXBatchSchema.xsd, shipped in {@code reporting/fincen/}), compiled once.
 * The compiled schema is thread-safe; each validation takes its own validator. Neither the schema nor a document
 * may fetch anything: external DTDs and schemas are refused.
 */
public final class SarSchema {
    static final String SHIPPED = "reporting/fincen/EFL_SARXBatchSchema.xsd";
    private static final int MAX_REPORTED_ERRORS = 20;

    private final Schema schema;
    private final String source;

    private SarSchema(StreamSource xsd, String source) {
        this.source = source;
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            this.schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the SAR schema " + source + " does not compile: " + e.getMessage(), e);
        }
    }

    /** The schema shipped in the application's resources. */
    public static SarSchema shipped() {
        URL resource = SarSchema.class.getClassLoader().getResource(SHIPPED);
        if (resource == null) {
            throw new IllegalStateException(SHIPPED + " is not on the class path");
        }
        try (InputStream in = resource.openStream()) {
            return new SarSchema(new StreamSource(new ByteArrayInputStream(in.readAllBytes()),
                    resource.toExternalForm()), SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema file, for example the reference copy a test compares against. */
    public static SarSchema at(Path xsd) {
        return new SarSchema(new StreamSource(xsd.toFile()), xsd.toString());
    }

    /**
     * Validates a batch document.
     *
     * @throws SarSchemaViolation listing the schema's messages (with line and column), when it does not validate
     */
    public void validate(byte[] document) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collecting(errors));
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) {
            throw new SarSchemaViolation(source, errors);
        }
    }

    /** Collects errors (all of them, up to a bound) rather than stopping at the first. */
    private record Collecting(List<String> errors) implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            errors.add("line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
                    + exception.getMessage());
            if (errors.size() >= MAX_REPORTED_ERRORS) {
                throw exception;
            }
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            error(exception);
            throw exception;
        }
    }
}
