package dev.warden.decision;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.warden.config.WardenConfig;
import dev.warden.facts.Finding;
import dev.warden.facts.KycProfile;
import dev.warden.facts.Party;
import dev.warden.facts.PartyRole;
import dev.warden.facts.PastTransaction;
import dev.warden.facts.ScreeningHit;
import dev.warden.facts.Transaction;
import dev.warden.history.HistoryWindow;
import dev.warden.money.UsdConverter;
import dev.warden.party.PartyProfiles;
import dev.warden.rules.ActiveRuleSet;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.DecisionFacts;
import dev.warden.rules.RuleEvaluator;
import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.WatchListRegistry;

/**
 * The decision path, in one pass: idempotency check, enrich (profiles, history window, screening, USD), evaluate,
 * decide, persist (group commit), answer. Callable without HTTP.
 */
@ApplicationScoped
public class DecisionService {
    private final ActiveRuleSet rules;
    private final WatchListRegistry watchlists;
    private final HistoryWindow history;
    private final PartyProfiles profiles;
    private final DecisionJournal journal;
    private final DecisionRecords records;
    private final ObjectMapper json;
    private final WardenConfig config;
    private final RuleEvaluator evaluator = new RuleEvaluator();
    /** Sorted keys, no timestamps as numbers: the same request always serialises to the same bytes. */
    private final ObjectMapper canonical;

    public DecisionService(ActiveRuleSet rules, WatchListRegistry watchlists, HistoryWindow history,
            PartyProfiles profiles, DecisionJournal journal, DecisionRecords records, ObjectMapper json,
            WardenConfig config) {
        this.rules = rules;
        this.watchlists = watchlists;
        this.history = history;
        this.profiles = profiles;
        this.journal = journal;
        this.records = records;
        this.json = json;
        this.config = config;
        this.canonical = JsonMapper.builder().findAndAddModules()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    }

    /** A decision and whether it was answered from the record (an idempotent repeat). */
    public record Decided(String json, boolean repeated) {
    }

    public Decided decide(DecisionRequest request) {
        long start = System.nanoTime();
        String requestJson = write(canonical, normalised(request));
        String requestSha = sha256(requestJson);
        // No look-up of the transactionId first: a repeat is rare, and the journal's insert detects it
        // (ON CONFLICT), so the common path saves a query.
        CompiledRuleSet ruleSet = rules.current()
                .orElseThrow(() -> new DecisionUnavailableException("no valid rule set is loaded", null));
        BigDecimal amountUsd = UsdConverter.toUsd(ruleSet.lists(), request.amount(), request.currency())
                .orElseThrow(() -> new InvalidFieldException("currency", "unknown currency code '"
                        + request.currency() + "': it has no rate in rules/lists/" + UsdConverter.LIST + ".csv"));

        Transaction transaction = enrichTransaction(request, ruleSet, amountUsd);
        List<PastTransaction> past = history.load(accountsOf(transaction), request.occurredAt(),
                config.history().lookback(), config.history().maxRows(), request.transactionId());
        ScreeningIndex index = watchlists.index();
        List<ScreeningHit> hits = new ArrayList<>(index.screen(transaction.getOriginator()));
        hits.addAll(index.screen(transaction.getBeneficiary()));
        long enriched = System.nanoTime();

        List<Finding> findings = evaluator.evaluate(ruleSet, new DecisionFacts(transaction, past, hits));
        long evaluated = System.nanoTime();

        DecisionResponse response = new DecisionResponse(UUID.randomUUID(), request.transactionId(),
                Outcome.of(findings), Outcome.riskScore(findings), findings, ruleSet.version(), index.versions(),
                Instant.now(), new DecisionResponse.Timings(micros(start, evaluated), micros(start, enriched),
                        micros(enriched, evaluated), 0));
        boolean inserted = persist(request, requestJson, requestSha, response, transaction);
        if (!inserted) {
            // This transactionId is already recorded (a retry, or a concurrent twin that committed first).
            return repeatOrConflict(records.byTransactionId(request.transactionId()).orElseThrow(), requestSha);
        }
        long persisted = System.nanoTime();
        DecisionResponse answered = response.withTimings(new DecisionResponse.Timings(micros(start, persisted),
                micros(start, enriched), micros(enriched, evaluated), micros(evaluated, persisted)));
        return new Decided(write(json, answered), false);
    }

    private Decided repeatOrConflict(DecisionRecord record, String requestSha) {
        if (!record.requestSha256.equals(requestSha)) {
            throw new DecisionConflictException(record.transactionId, record.decisionId.toString());
        }
        return new Decided(record.response, true);
    }

    private Transaction enrichTransaction(DecisionRequest request, CompiledRuleSet ruleSet, BigDecimal amountUsd) {
        Set<String> partyIds = new LinkedHashSet<>();
        if (request.originator().partyId() != null) partyIds.add(request.originator().partyId());
        if (request.beneficiary().partyId() != null) partyIds.add(request.beneficiary().partyId());
        Map<String, KycProfile> kyc = profiles.load(partyIds);
        LocalDate day = request.occurredAt().atZone(ZoneOffset.UTC).toLocalDate();
        Party originator = party(request.originator(), PartyRole.ORIGINATOR, kyc, day);
        Party beneficiary = party(request.beneficiary(), PartyRole.BENEFICIARY, kyc, day);
        boolean crypto = UsdConverter.isCrypto(ruleSet.lists(), request.currency());
        String chain = beneficiary.getChain() != null ? beneficiary.getChain() : originator.getChain();
        var travelRule = request.travelRule();
        return new Transaction(request.transactionId(), request.type(), request.amount(), request.currency(),
                amountUsd, request.occurredAt(), request.channel(), request.purpose(),
                crypto ? request.currency() : null, crypto ? chain : null,
                travelRule != null && Boolean.TRUE.equals(travelRule.originatorComplete()),
                travelRule != null && Boolean.TRUE.equals(travelRule.beneficiaryComplete()), originator, beneficiary);
    }

    private static Party party(PartyRequest p, PartyRole role, Map<String, KycProfile> kyc, LocalDate day) {
        Party.Builder builder = Party.builder(role).partyId(p.partyId()).name(p.name()).type(p.type())
                .country(p.country()).accountId(p.accountId()).iban(p.iban()).bic(p.bic())
                .walletAddress(p.walletAddress()).chain(p.chain()).vasp(p.vasp());
        KycProfile profile = p.partyId() == null ? null : kyc.get(p.partyId());
        if (profile != null) builder.profile(profile);
        return builder.asOf(day);
    }

    private static List<String> accountsOf(Transaction t) {
        Set<String> accounts = new LinkedHashSet<>();
        if (t.getOriginator().getAccountKey() != null) accounts.add(t.getOriginator().getAccountKey());
        if (t.getBeneficiary().getAccountKey() != null) accounts.add(t.getBeneficiary().getAccountKey());
        return List.copyOf(accounts);
    }

    private boolean persist(DecisionRequest request, String requestJson, String requestSha,
            DecisionResponse response, Transaction t) {
        DecisionRow decision = new DecisionRow(response.decisionId(), request.transactionId(), requestSha,
                requestJson, write(json, response), response.outcome(), response.riskScore(),
                response.ruleSetVersion(), write(json, response.watchlists()), request.originator().partyId(),
                request.beneficiary().partyId(), request.occurredAt(), response.decidedAt());
        TransactionRow row = new TransactionRow(t.getTransactionId(), t.getOccurredAt(), t.getType().name(),
                t.getAmount(), t.getCurrency(), t.getAmountUsd(), t.getOriginator().getAccountKey(),
                t.getBeneficiary().getAccountKey(), t.getOriginator().getPartyId(), t.getBeneficiary().getPartyId(),
                t.getOriginator().getCountry(), t.getBeneficiary().getCountry(), t.getAsset(), t.getChain());
        try {
            return journal.append(decision, row).get(config.decisions().commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DecisionUnavailableException("the decision could not be recorded: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new DecisionUnavailableException("the decision was not recorded within "
                    + config.decisions().commitTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionUnavailableException("interrupted while recording", e);
        }
    }

    /** Amounts that differ only in trailing zeros ("9500.00" and "9500") are the same request. */
    private static DecisionRequest normalised(DecisionRequest r) {
        return new DecisionRequest(r.transactionId(), r.occurredAt(), r.type(), r.amount().stripTrailingZeros(),
                r.currency(), r.originator(), r.beneficiary(), r.channel(), r.purpose(), r.travelRule());
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long micros(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000;
    }
}
