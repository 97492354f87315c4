package dev.warden.api;

import static dev.warden.testing.Decisions.decide;
import static dev.warden.testing.Decisions.putProfile;
import static dev.warden.testing.Requests.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Each starter rule fires on the case it is written for, and stays quiet on the near miss beside it. */
@QuarkusTest
class StarterRulesTest {

    static List<String> ruleIds(JsonPath decision) {
        return decision.getList("findings.ruleId");
    }

    @Nested
    class SanctionedCounterparty {
        @Test
        void grinexTronWalletIsBlocked() {
            String party = verifiedCustomer();
            JsonPath d = decide(Requests.cryptoTransfer(uniqueId("grinex"), party, "2500", "TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep", "TRON"));
            assertThat(d.getString("outcome")).isEqualTo("BLOCK");
            assertThat(ruleIds(d)).containsExactly("SANCTIONS_WALLET_EXACT");
            assertThat(d.getString("findings[0].evidence.entryId")).isEqualTo("55045");
            assertThat(d.getString("findings[0].evidence.list")).isEqualTo("WARDEN_SEED");
            assertThat(d.getInt("riskScore")).isEqualTo(100);
        }

        @Test
        void tronAddressesAreCaseSensitiveSoAChangedCaseIsNotAHit() {
            String party = verifiedCustomer();
            JsonPath d = decide(Requests.cryptoTransfer(uniqueId("grinex-case"), party, "2500", "tl1k1u6shohxbqb68kcodxhc9y2lxodsep", "TRON"));
            assertThat(d.getString("outcome")).isEqualTo("ALLOW");
        }

        @Test
        void garantexEthereumWalletMatchesInAnyCase() {
            String party = verifiedCustomer();
            JsonPath d = decide(Requests.cryptoTransfer(uniqueId("garantex"), party, "800", "0x7ff9cfad3877f21d41da833e2f775db0569ee3d9", "ETHEREUM"));
            assertThat(d.getString("outcome")).isEqualTo("BLOCK");
            assertThat(d.getString("findings[0].evidence.entryId")).isEqualTo("36025");
        }

        @Test
        void nearMissWalletOneCharacterOffIsAllowed() {
            String party = verifiedCustomer();
            JsonPath d = decide(Requests.cryptoTransfer(uniqueId("grinex-near"), party, "2500", "TL1k1U6SHohxBqb68kCodxHc9y2LXoDSeq", "TRON"));
            assertThat(d.getString("outcome")).isEqualTo("ALLOW");
            assertThat(ruleIds(d)).isEmpty();
        }

        @Test
        void sberbankBicIsBlockedWithOrWithoutBranchCode() {
            String party = verifiedCustomer();
            JsonPath d8 = decide(Requests.wireToBank(uniqueId("sber8"), party, "1200", "SABRRUMM"));
            JsonPath d11 = decide(Requests.wireToBank(uniqueId("sber11"), party, "1200", "SABRRUMMXXX"));
            assertThat(d8.getString("outcome")).isEqualTo("BLOCK");
            assertThat(ruleIds(d11)).containsExactly("SANCTIONS_BIC_EXACT");
            assertThat(d11.getString("findings[0].evidence.entryId")).isEqualTo("17018");
        }

        @Test
        void nearMissBicOfAnUnlistedBankIsAllowed() {
            String party = verifiedCustomer();
            JsonPath d = decide(Requests.wireToBank(uniqueId("notsber"), party, "1200", "SABRRUMN"));
            assertThat(d.getString("outcome")).isEqualTo("ALLOW");
        }
    }

    @Nested
    class KycGap {
        @Test
        void customerWithoutProfileMovingAboveThresholdIsReviewed() {
            JsonPath d = decide(Requests.wire(uniqueId("kyc"), "2026-11-20T10:15:30Z", "5000.00", uniqueId("cust-noprofile"),
                    uniqueId("acc"), uniqueId("acc")));
            assertThat(d.getString("outcome")).isEqualTo("REVIEW");
            assertThat(ruleIds(d)).containsExactly("KYC_UNVERIFIED_ABOVE_THRESHOLD");
            assertThat(d.getString("findings[0].evidence.kycStatus")).isEqualTo("NONE");
        }

        @Test
        void customerWithPendingKycIsReviewed() {
            String party = uniqueId("cust-pending");
            putProfile(party, Requests.profile("Pending Person", "PENDING", null, null));
            JsonPath d = decide(Requests.wire(uniqueId("kyc-pending"), "2026-11-20T10:15:30Z", "3000.01", party, uniqueId("acc"), uniqueId("acc")));
            assertThat(ruleIds(d)).containsExactly("KYC_UNVERIFIED_ABOVE_THRESHOLD");
        }

        @Test
        void expiryIsJudgedAtOccurredAtNotTheWallClock() {
            String party = uniqueId("cust-expiring");
            putProfile(party, Requests.profile("Expiring Person", "VERIFIED", "2025-01-10", "2026-06-30"));
            JsonPath before = decide(Requests.wire(uniqueId("kyc-before"), "2026-06-30T23:00:00Z", "5000", party, uniqueId("acc"), uniqueId("acc")));
            JsonPath after = decide(Requests.wire(uniqueId("kyc-after"), "2026-07-01T00:00:01Z", "5000", party, uniqueId("acc"), uniqueId("acc")));
            assertThat(before.getString("outcome")).isEqualTo("ALLOW");
            assertThat(after.getString("outcome")).isEqualTo("REVIEW");
            assertThat(after.getString("findings[0].message")).contains("expired 2026-06-30");
        }

        @Test
        void nearMissVerifiedCustomerIsAllowed() {
            JsonPath d = decide(Requests.wire(uniqueId("kyc-ok"), "2026-11-20T10:15:30Z", "5000.00", verifiedCustomer(), uniqueId("acc"), uniqueId("acc")));
            assertThat(d.getString("outcome")).isEqualTo("ALLOW");
        }

        @Test
        void nearMissUnverifiedCustomerAtTheThresholdIsAllowed() {
            JsonPath d = decide(Requests.wire(uniqueId("kyc-at"), "2026-11-20T10:15:30Z", "3000.00", uniqueId("cust-noprofile"), uniqueId("acc"), uniqueId("acc")));
            assertThat(d.getString("outcome")).isEqualTo("ALLOW");
        }
    }

    @Nested
    class Structuring {
        @Test
        void thirdTransferJustUnderTenThousandWithin24HoursIsReviewed() {
            String party = verifiedCustomer();
            String account = uniqueId("acc-struct");
            assertThat(decide(Requests.wire(uniqueId("s1"), "2026-11-20T01:00:00Z", "9500", party, account, uniqueId("acc"))).getString("outcome")).isEqualTo("ALLOW");
            assertThat(decide(Requests.wire(uniqueId("s2"), "2026-11-20T09:00:00Z", "9800", party, account, uniqueId("acc"))).getString("outcome")).isEqualTo("ALLOW");
            JsonPath third = decide(Requests.wire(uniqueId("s3"), "2026-11-20T23:59:00Z", "9000", party, account, uniqueId("acc")));
            assertThat(third.getString("outcome")).isEqualTo("REVIEW");
            assertThat(ruleIds(third)).containsExactly("LAYERING_STRUCTURING");
            assertThat(third.getInt("findings[0].evidence.count")).isEqualTo(3);
            assertThat(third.getList("findings[0].evidence.transactions")).hasSize(2);
        }

        @Test
        void historyIsTheTransactionsTimeSoAReplayOfOldTrafficCorrelatesToo() {
            String party = verifiedCustomer();
            String account = uniqueId("acc-2019");
            decide(Requests.wire(uniqueId("old1"), "2019-03-01T10:00:00Z", "9900", party, account, uniqueId("acc")));
            decide(Requests.wire(uniqueId("old2"), "2019-03-01T11:00:00Z", "9900", party, account, uniqueId("acc")));
            JsonPath third = decide(Requests.wire(uniqueId("old3"), "2019-03-01T12:00:00Z", "9900", party, account, uniqueId("acc")));
            assertThat(ruleIds(third)).containsExactly("LAYERING_STRUCTURING");
        }

        @Test
        void nearMissSpreadOverMoreThan24HoursIsAllowed() {
            String party = verifiedCustomer();
            String account = uniqueId("acc-slow");
            decide(Requests.wire(uniqueId("n1"), "2026-11-18T10:00:00Z", "9500", party, account, uniqueId("acc")));
            decide(Requests.wire(uniqueId("n2"), "2026-11-19T09:00:00Z", "9500", party, account, uniqueId("acc")));
            JsonPath third = decide(Requests.wire(uniqueId("n3"), "2026-11-19T10:00:01Z", "9500", party, account, uniqueId("acc")));
            assertThat(third.getString("outcome")).isEqualTo("ALLOW");
        }

        @Test
        void nearMissAmountAtTheReportingThresholdDoesNotCount() {
            String party = verifiedCustomer();
            String account = uniqueId("acc-at");
            decide(Requests.wire(uniqueId("t1"), "2026-11-20T01:00:00Z", "9500", party, account, uniqueId("acc")));
            decide(Requests.wire(uniqueId("t2"), "2026-11-20T02:00:00Z", "10000", party, account, uniqueId("acc")));
            JsonPath third = decide(Requests.wire(uniqueId("t3"), "2026-11-20T03:00:00Z", "9500", party, account, uniqueId("acc")));
            assertThat(third.getString("outcome")).isEqualTo("ALLOW");
        }

        @Test
        void acrossOneCustomersAccountsItIsPartyStructuringNotSingleAccount() {
            String party = verifiedCustomer();
            decide(Requests.wire(uniqueId("o1"), "2026-11-20T01:00:00Z", "9500", party, uniqueId("acc-a"), uniqueId("acc")));
            decide(Requests.wire(uniqueId("o2"), "2026-11-20T02:00:00Z", "9500", party, uniqueId("acc-b"), uniqueId("acc")));
            JsonPath third = decide(Requests.wire(uniqueId("o3"), "2026-11-20T03:00:00Z", "9500", party, uniqueId("acc-c"), uniqueId("acc")));
            assertThat(ruleIds(third)).contains("LAYERING_STRUCTURING_PARTY").doesNotContain("LAYERING_STRUCTURING");
        }

        @Test
        void nearMissDifferentCustomersTransfersDoNotCount() {
            decide(Requests.wire(uniqueId("d1"), "2026-11-20T01:00:00Z", "9500", verifiedCustomer(), uniqueId("acc-a"), uniqueId("acc")));
            decide(Requests.wire(uniqueId("d2"), "2026-11-20T02:00:00Z", "9500", verifiedCustomer(), uniqueId("acc-b"), uniqueId("acc")));
            JsonPath third = decide(Requests.wire(uniqueId("d3"), "2026-11-20T03:00:00Z", "9500", verifiedCustomer(), uniqueId("acc-c"), uniqueId("acc")));
            assertThat(third.getString("outcome")).isEqualTo("ALLOW");
        }
    }

    static String verifiedCustomer() {
        String party = uniqueId("cust-ok");
        putProfile(party, Requests.verifiedProfile("Verified Customer"));
        return party;
    }
}
