package dev.warden.iso20022;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.prowidesoftware.swift.model.mx.MxPacs00800108;
import com.prowidesoftware.swift.model.mx.MxPain00100109;

import dev.warden.decision.DecisionService;
import dev.warden.engine.DecisionRequest;
import dev.warden.engine.InvolvedParty;
import dev.warden.engine.Outcome;
import dev.warden.engine.PartyRequest;
import dev.warden.validation.ClientText;
import dev.warden.validation.InvalidFieldException;

/**
 * Decides an ISO 20022 message: reads and validates it whole, maps every credit transfer and checks each mapped
 * request as a JSON one is checked, and only then decides them, in order, each through {@link DecisionService}
 * exactly as a JSON request. A message with any problem decides nothing and stores nothing.
 */
@ApplicationScoped
public class IsoDecisions {
    private final MessageReader reader;
    private final DecisionService decisions;
    private final Validator validator;
    private final ObjectMapper json;
    private final IsoPayments payments;

    public IsoDecisions(MessageReader reader, DecisionService decisions, Validator validator, ObjectMapper json,
            IsoPayments payments) {
        this.reader = reader;
        this.decisions = decisions;
        this.validator = validator;
        this.json = json;
        this.payments = payments;
    }

    /** One transfer decided: how it was mapped, the decision as JSON, and whether it was an idempotent repeat. */
    public record Decided(MappedTransaction transaction, JsonNode decision, boolean repeated) {
        public Outcome outcome() {
            return Outcome.valueOf(decision.path("outcome").asText());
        }

        public String decisionId() {
            return decision.path("decisionId").asText();
        }

        public List<String> ruleIds() {
            List<String> ids = new ArrayList<>();
            decision.path("findings").forEach(f -> ids.add(f.path("ruleId").asText()));
            return ids;
        }
    }

    /** A message decided: its id and type, and every transfer's decision in the order of the message. */
    public record DecidedMessage(MappedMessage message, List<Decided> decided) {
        public boolean allRepeated() {
            return decided.stream().allMatch(Decided::repeated);
        }

        /** {@code {"messageId", "messageType", "decisions": [{endToEndId, uetr, idempotentReplay, decision}]}}. */
        public ObjectNode toJson(ObjectMapper json) {
            ObjectNode body = json.createObjectNode().put("messageId", message.messageId())
                    .put("messageType", message.type().id());
            ArrayNode list = body.putArray("decisions");
            for (Decided d : decided) {
                ObjectNode item = list.addObject().put("path", d.transaction().path())
                        .put("endToEndId", d.transaction().ids().endToEndId()).put("uetr", d.transaction().ids().uetr())
                        .put("idempotentReplay", d.repeated());
                item.set("decision", d.decision());
            }
            return body;
        }

        /** The pacs.002 status report on every transfer. */
        public String statusReport(Instant createdAt) {
            List<StatusReport.TransactionStatus> statuses = decided.stream()
                    .map(d -> StatusReport.TransactionStatus.ofDecision(d.transaction().ids(), d.outcome(),
                            d.decisionId(), d.ruleIds()))
                    .toList();
            return StatusReport.write(message.messageId(), message.type(), statuses, createdAt);
        }
    }

    public DecidedMessage decide(byte[] body) {
        MessageReader.Message read = reader.read(body);
        MappedMessage message = map(read);
        List<MessageProblem> problems = new ArrayList<>(GroupTotals.of(read));
        Map<String, String> seen = new HashMap<>();
        for (MappedTransaction t : message.transactions()) {
            problems.addAll(check(t));
            String earlier = seen.putIfAbsent(t.request().transactionId(), t.path());
            if (earlier != null) {
                problems.add(new MessageProblem(t.sourceOf("transactionId"), "the transactionId '"
                        + t.request().transactionId() + "' is that of " + earlier + "; each transfer needs its own UETR "
                        + "or end-to-end id"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMessageException("The message has " + problems.size() + " value(s) Warden cannot decide on; "
                    + "nothing was decided", problems);
        }
        List<Decided> decided = new ArrayList<>();
        try {
            for (MappedTransaction t : message.transactions()) {
                DecisionService.Decided d = decisions.decide(t.request());
                decided.add(new Decided(t, read(d.json()), d.repeated()));
            }
        } catch (RuntimeException e) {
            // The transfers decided before a 409 or a 503 are recorded: their ids are kept too (a retry repeats them).
            try {
                payments.record(paymentsOf(message, decided));
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        payments.record(paymentsOf(message, decided));
        return new DecidedMessage(message, decided);
    }

    /** The recorded decisions' ISO ids (a decision answered unrecorded, the database failing, has no row to join). */
    private static List<IsoPayment> paymentsOf(MappedMessage message, List<Decided> decided) {
        return decided.stream().filter(d -> d.decision().path("recorded").asBoolean(true))
                .map(d -> new IsoPayment(java.util.UUID.fromString(d.decisionId()), message.type(), message.messageId(),
                        d.transaction().ids()))
                .toList();
    }

    private static MappedMessage map(MessageReader.Message message) {
        return switch (message.type()) {
            case PACS_008_001_08 -> Pacs008Mapping.map((MxPacs00800108) message.model());
            case PAIN_001_001_09 -> Pain001Mapping.map((MxPain00100109) message.model());
        };
    }

    /** The checks a JSON request passes (Bean Validation, text, a currency with a rate), named by element. */
    private List<MessageProblem> check(MappedTransaction t) {
        List<MessageProblem> problems = new ArrayList<>();
        for (ConstraintViolation<DecisionRequest> v : validator.validate(t.request())) {
            String field = v.getPropertyPath().toString().replaceAll("\\.(identified|walletWithChain)$", "");
            problems.add(new MessageProblem(t.sourceOf(field), field + " " + v.getMessage()));
        }
        texts(t.request()).forEach((field, value) -> {
            String problem = ClientText.problem(field, value);
            if (problem != null) problems.add(new MessageProblem(t.sourceOf(field), field + " " + problem));
        });
        if (problems.isEmpty()) {
            try {
                decisions.checkDecidable(t.request());
            } catch (InvalidFieldException e) {
                problems.add(new MessageProblem(t.sourceOf(e.field()), e.field() + " " + e.getMessage()));
            }
        }
        problems.sort(Comparator.comparing(MessageProblem::path));
        return problems;
    }

    /** Every text of a mapped request that Bean Validation does not hold to a pattern. */
    private static Map<String, String> texts(DecisionRequest r) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        party("originator", r.originator(), texts);
        party("beneficiary", r.beneficiary(), texts);
        List<InvolvedParty> involved = r.involvedOrNone();
        for (int i = 0; i < involved.size(); i++) texts.put("involved[" + i + "].name", involved.get(i).name());
        texts.put("purpose", r.purpose());
        texts.values().removeIf(java.util.Objects::isNull);
        return texts;
    }

    private static void party(String field, PartyRequest p, Map<String, String> texts) {
        if (p == null) return;
        texts.put(field + ".name", p.name());
        texts.put(field + ".accountId", p.accountId());
    }

    private JsonNode read(String decision) {
        try {
            return json.readTree(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision Warden wrote is not JSON", e);
        }
    }
}
