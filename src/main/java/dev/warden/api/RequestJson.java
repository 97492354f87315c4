package dev.warden.api;

import dev.warden.validation.ClientText;
import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * How request bodies are read: the application's mapper plus what a hostile body must not get through. A field
 * named twice is refused (JSON leaves it open, Jackson would keep the last one: a check could see one value and
 * the record hold another). Every string follows {@link ClientText}. Decimals are at most
 * {@value #MAX_DECIMAL_CHARS} characters (parsing a million digits costs seconds of CPU), and no floating point
 * number is NaN or infinite. Only HTTP bodies: what Warden reads back from its own database keeps the plain mapper.
 */
@Provider
@Singleton
public class RequestJson implements ContextResolver<ObjectMapper> {
    static final int MAX_DECIMAL_CHARS = 64;

    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper application) {
        this.mapper = application.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .registerModule(new SimpleModule("warden-request-bodies")
                        .addDeserializer(String.class, new Text())
                        .addDeserializer(BigDecimal.class, new Decimal())
                        .addDeserializer(Double.class, new FiniteDouble(Double.class))
                        .addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE)));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** A value the body's syntax allows and Warden does not; the mappers answer it with the field's path. */
    public static final class RejectedValueException extends MismatchedInputException {
        RejectedValueException(JsonParser parser, String reason, Class<?> type) {
            super(parser, reason, type);
        }
    }

    private static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = ClientText.problem(p.currentName(), value);
            if (problem != null) throw new RejectedValueException(p, problem, String.class);
            return value;
        }
    }

    private static final class Decimal extends StdScalarDeserializer<BigDecimal> {
        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) || p.hasToken(JsonToken.VALUE_NUMBER_INT)
                    || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                int length = p.getTextLength();
                if (length > MAX_DECIMAL_CHARS) {
                    throw new RejectedValueException(p, "a number of " + length + " characters; at most "
                            + MAX_DECIMAL_CHARS, BigDecimal.class);
                }
            }
            return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
        }
    }

    private static final class FiniteDouble extends StdScalarDeserializer<Double> {
        private final NumberDeserializers.DoubleDeserializer standard;

        FiniteDouble(Class<Double> type) {
            super(type);
            this.standard = new NumberDeserializers.DoubleDeserializer(type, type.isPrimitive() ? 0d : null);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = standard.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw new RejectedValueException(p, "must be a finite number", Double.class);
            }
            return value;
        }
    }
}
