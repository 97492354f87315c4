package dev.warden.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The console in a real browser (headless Chromium): a customer's money moves through a chain of accounts (the
 * layering scenario rules/tests/layering/chain.yaml) and then to a sanctioned wallet, so their case holds a REVIEW
 * and a BLOCK. An officer signs in, finds the alert in the queue, opens the case and reads the chain's finding,
 * proposes to release both payments; a supervisor approves, and the decisions' outcome is final on the page and in
 * the API. A person without a console role is refused. Each step is a screenshot under target/console-screenshots/.
 */
@QuarkusTest
class ConsoleBrowserTest {
    private static final String GRINEX_WALLET = "TL1k1U6SHohxBqb68kCodxHc9y2LXoDSep";

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void browserInstalled() {
        ConsoleBrowser.requireInstalled();
    }

    @Test
    void anOfficerProposesAReleaseAndASupervisorApprovesIt() {
        Customer customer = Customer.withAChainAndABlock();

        try (ConsoleBrowser browser = new ConsoleBrowser(base)) {
            browser.open("/console");
            assertThat(browser.path()).startsWith("/console/login");
            browser.screenshot("sign-in");

            browser.signIn("olga", "olga-test");
            assertThat(browser.waitFor("h1").getText()).isEqualTo("Queue");
            browser.screenshot("queue", "console-queue");
            // the suite's other tests leave many alerts: the filter form finds this one
            browser.type("form.filters input[name='rule']", "LAYERING_CHAIN");
            browser.clickThrough(browser.find("form.filters button[type=submit]"));
            WebElement row = browser.waitFor("tr[data-alert-id='" + customer.chainAlert + "']");
            assertThat(browser.path()).contains("rule=LAYERING_CHAIN");
            assertThat(row.findElement(By.cssSelector("td.rules")).getText()).contains("LAYERING_CHAIN");
            assertThat(row.getText()).contains(customer.party, customer.chainTransaction, "REVIEW");
            browser.screenshot("queue-filtered");

            browser.clickThrough(row.findElement(By.cssSelector("button.claim")));
            browser.waitFor("#case-status");
            assertThat(browser.path()).isEqualTo("/console/cases/" + customer.caseId);
            assertThat(browser.find("#case-assignee").getText()).isEqualTo("olga");
            WebElement chain = browser.find("#alert-" + customer.chainAlert + " section.finding[data-rule='LAYERING_CHAIN']");
            assertThat(chain.findElement(By.cssSelector("dl.evidence")).getText())
                    .contains("path", customer.account("first"), customer.account("second"), customer.account("third"));
            assertThat(browser.find("section.customer").getText()).contains("Chain Customer", "VERIFIED");
            WebElement path = browser.waitFor("#alert-" + customer.chainAlert
                    + " section.finding[data-rule='LAYERING_CHAIN'] figure.money-path svg");
            assertThat(path.findElements(By.cssSelector("g.node"))).as("accounts drawn").hasSizeGreaterThanOrEqualTo(4);
            assertThat(path.getAttribute("innerHTML")).contains(customer.account("first"), customer.account("fourth"));
            browser.fitPage();
            browser.screenshot("case", "console-case");
            browser.normalWindow();

            browser.find("#disposition").sendKeys("FALSE_POSITIVE");
            for (String alert : List.of(customer.chainAlert, customer.blockAlert)) {
                browser.find("input[name='outcome-" + alert + "'][value='RELEASE']").click();
            }
            browser.type("#narrative", "Invoices for machine parts explain the chain; the wallet belongs to another owner");
            browser.clickThrough(browser.find("#propose"));
            assertThat(browser.waitFor("#case-status").getText()).isEqualTo("PENDING_APPROVAL");
            assertThat(browser.find("#case-proposal").getText()).contains("FALSE_POSITIVE by olga");
            assertThat(browser.driver().findElements(By.cssSelector("#approve"))).as("the proposer cannot approve").isEmpty();
            browser.screenshot("proposed");
            browser.signOut();
            browser.screenshot("signed-out");

            browser.signIn("sam", "sam-test");
            browser.waitFor("h1");
            browser.open("/console/cases/" + customer.caseId);
            browser.type("#approve-comment", "papers checked");
            browser.screenshot("to-approve");
            browser.clickThrough(browser.find("#approve"));
            assertThat(browser.waitFor("#case-status").getText()).isEqualTo("CLOSED");
            assertThat(browser.find("#case-disposition").getText()).isEqualTo("FALSE_POSITIVE");
            assertThat(browser.find("#alert-" + customer.chainAlert + " .payment-outcome").getText())
                    .isEqualTo("RELEASE by olga, approved by sam");
            assertThat(browser.find("section.case-log").getText()).contains("PROPOSED", "APPROVED", "CLOSED", "sam");
            browser.screenshot("approved");
            browser.signOut();

            browser.signIn("pat", "pat-test");
            assertThat(browser.waitFor("h1").getText()).isEqualTo("Not allowed");
            assertThat(browser.find("main").getText()).contains("pat is signed in");
            browser.screenshot("refused");
            browser.open("/console/cases/" + customer.caseId);
            assertThat(browser.find("h1").getText()).isEqualTo("Not allowed");

            JsonPath decision = given().get("/v1/decisions/" + customer.chainDecision).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(decision.getString("review.state")).isEqualTo("DISPOSED");
            assertThat(decision.getString("review.paymentOutcome")).isEqualTo("RELEASE");
            assertThat(decision.getString("review.disposition")).isEqualTo("FALSE_POSITIVE");
        }
    }

    /** A verified customer whose account is the third of a chain and who then pays a sanctioned wallet. */
    record Customer(String party, String suffix, String chainTransaction, String chainDecision, int chainFinding,
            String chainAlert, String blockAlert, String caseId) {

        String account(String name) {
            return "acc-" + name + "-" + suffix;
        }

        static Customer withAChainAndABlock() {
            String suffix = Requests.uniqueId("c");
            String party = "third-" + suffix;
            Decisions.putProfile(party, Requests.verifiedProfile("Chain Customer"));
            Decisions.decide(wire("ch1-" + suffix, "2026-11-20T08:00:00Z", "10000", "first-" + suffix, "first", "second", suffix));
            Decisions.decide(wire("ch2-" + suffix, "2026-11-20T20:00:00Z", "9800", "second-" + suffix, "second", "third", suffix));
            String chainTransaction = "ch3-" + suffix;
            JsonPath chain = Decisions.decide(wire(chainTransaction, "2026-11-21T10:00:00Z", "9600", party, "third", "fourth", suffix));
            assertThat(chain.getString("outcome")).isEqualTo("REVIEW");
            assertThat(chain.getList("findings.ruleId", String.class)).contains("LAYERING_CHAIN");
            JsonPath block = Decisions.decide(Requests.cryptoTransfer("bl-" + suffix, party, "2500", GRINEX_WALLET, "TRON"));
            assertThat(block.getString("outcome")).isEqualTo("BLOCK");
            JsonPath chainAlert = alertOf(chain.getString("decisionId"));
            JsonPath blockAlert = alertOf(block.getString("decisionId"));
            assertThat(blockAlert.getString("caseId")).isEqualTo(chainAlert.getString("caseId"));
            return new Customer(party, suffix, chainTransaction, chain.getString("decisionId"),
                    chain.getList("findings.ruleId", String.class).indexOf("LAYERING_CHAIN"), chainAlert.getString("alertId"), blockAlert.getString("alertId"), chainAlert.getString("caseId"));
        }

        private static JsonPath alertOf(String decisionId) {
            return given().get("/v1/decisions/" + decisionId).then().statusCode(200).extract().jsonPath()
                    .setRootPath("review");
        }

        private static String wire(String id, String at, String amount, String party, String from, String to, String suffix) {
            return Requests.wire(id, at, amount, party, "acc-" + from + "-" + suffix, "acc-" + to + "-" + suffix);
        }
    }
}
