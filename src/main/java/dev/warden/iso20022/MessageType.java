package dev.warden.iso20022;

import java.util.Arrays;
import java.util.Optional;

import com.prowidesoftware.swift.model.mx.AbstractMX;
import com.prowidesoftware.swift.model.mx.MxPacs00800108;
import com.prowidesoftware.swift.model.mx.MxPain00100109;

/** The ISO 20022 messages Warden decides, by the namespace of their Document. */
public enum MessageType {
    /** FIToFICustomerCreditTransfer, the version of SWIFT CBPR+, FedNow and the other high-value systems. */
    PACS_008_001_08("pacs.008.001.08", MxPacs00800108.class, MxPacs00800108._classes),
    /** CustomerCreditTransferInitiation, a customer's batch of credit transfers to its bank. */
    PAIN_001_001_09("pain.001.001.09", MxPain00100109.class, MxPain00100109._classes);

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

    private final String id;
    private final Class<? extends AbstractMX> model;
    private final Class<?>[] modelClasses;

    MessageType(String id, Class<? extends AbstractMX> model, Class<?>[] modelClasses) {
        this.id = id;
        this.model = model;
        this.modelClasses = modelClasses;
    }

    /** The message definition identifier, for example pacs.008.001.08. */
    public String id() {
        return id;
    }

    public String namespace() {
        return NAMESPACE_PREFIX + id;
    }

    Class<? extends AbstractMX> model() {
        return model;
    }

    Class<?>[] modelClasses() {
        return modelClasses.clone();
    }

    public static Optional<MessageType> ofNamespace(String namespace) {
        return Arrays.stream(values()).filter(t -> t.namespace().equals(namespace)).findFirst();
    }

    /** The type of a message definition identifier as {@link #id()} writes it. */
    public static Optional<MessageType> ofId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(MessageType::id).toList());
    }
}
