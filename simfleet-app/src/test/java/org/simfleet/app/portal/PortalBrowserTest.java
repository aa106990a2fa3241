package org.simfleet.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.simfleet.app.network.RadiusListener;
import org.simfleet.app.support.Api;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.RequiresChromium;
import org.simfleet.simulator.smsc.SmscConfig;
import org.simfleet.simulator.smsc.SmscSimulator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal in a real browser: what an operator or fleet owner does with it, against the whole
 * application (API, RADIUS accounting, database). One browser for the class; each test signs in afresh.
 */
@RequiresChromium
class PortalBrowserTest extends ApiTest {

    private static final AtomicInteger GATEWAYS = new AtomicInteger();
    private static Browser browser;

    @Autowired
    RadiusListener radius;

    @BeforeAll
    static void startBrowser() {
        browser = null;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void laptop() {
        browser().laptopSized();
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(baseUrl());
        }
        return browser;
    }

    private PortalFleet fleet() {
        return PortalFleet.create(Customer.create(this, operator(), unique("Portal Fleet")), jdbc(), ApiTest::unique);
    }

    @Test
    void signsInAndShowsTheDashboardWithTheFleetsSims() {
        PortalFleet f = fleet();
        Browser b = browser();
        b.signIn(f.email("admin"), Customer.PASSWORD);
        assertThat(b.find("h1").getText()).isEqualTo("Dashboard");
        assertThat(b.find("td[data-state=ACTIVE]").getText()).isEqualTo("1");
        assertThat(b.find("span[data-connectivity=OFFLINE]").getText()).isEqualTo("1");
        b.screenshot("dashboard");
        b.phoneSized();
        b.open("/");
        b.screenshot("dashboard-phone");
    }

    @Test
    void refusesAWrongPassword() {
        PortalFleet f = fleet();
        Browser b = browser();
        b.driver().manage().deleteAllCookies();
        b.open("/login");
        b.find("#username").sendKeys(f.email("admin"));
        b.find("#password").sendKeys("not-the-password");
        b.find("form button[type=submit]").click();
        assertThat(b.await("p.error").getText()).contains("wrong");
        b.open("/sims");
        assertThat(b.driver().getCurrentUrl()).endsWith("/login");
        b.screenshot("sign-in");
    }

    @Test
    void findsASimSuspendsItAndShowsTheAuditEntry() {
        PortalFleet f = fleet();
        Browser b = browser();
        b.signIn(f.email("user"), Customer.PASSWORD);
        b.open("/sims");
        b.find("#q").sendKeys(f.iccid());
        b.find("form.filters button").click();
        b.awaitText("p.count", "1 SIMs");
        b.screenshot("sims");
        b.find("input[name=iccid][value='" + f.iccid() + "']").click();
        new Select(b.find("#target_state")).selectByValue("SUSPENDED");
        b.find("#bulk .bar button").click();
        b.await("#confirm-change").click();
        WebElement row = b.await("tr[data-iccid='" + f.iccid() + "']");
        assertThat(row.getText()).contains("CHANGED").contains("ACTIVE");
        b.screenshot("sims-state-change");

        assertThat(operator()
                        .get("/api/v1/sims/" + f.iccid())
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("SUSPENDED");
        b.open("/endpoints/" + f.endpointId() + "?tab=audit");
        List<WebElement> rows = b.driver().findElements(By.cssSelector("tr.audit-row"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getText())
                .contains("SIM_STATE_CHANGE")
                .contains("SUSPENDED")
                .contains(f.email("user"))
                .contains("SUCCESS"));
        b.screenshot("endpoint-audit");
    }

    @Test
    void showsALiveDataSessionOnTheConnectivityTab() throws Exception {
        PortalFleet f = fleet();
        String address = "127.0.7." + GATEWAYS.incrementAndGet();
        String secret = "portal-test-secret";
        Api.Response g = operator()
                .post(
                        "/api/v1/network/gateways",
                        Map.of("name", unique("PGW"), "address", address, "secret", secret, "coa_port", 3799));
        assertThat(g.status()).as("gateway: %s", g).isEqualTo(201);
        String imsi =
                operator().get("/api/v1/sims/" + f.iccid()).json().get("imsi").asText();

        Browser b = browser();
        b.signIn(f.email("read-only"), Customer.PASSWORD);
        b.open("/endpoints/" + f.endpointId());
        assertThat(b.find("#connectivity-status").getText()).isEqualTo("OFFLINE");
        try (PacketGateway pgw = new PacketGateway(address, radius.acctPort(), secret)) {
            pgw.start(imsi, unique("acct"), "100.64.9.9");
        }
        // no reload by the test: the status panel refreshes itself; the Reload button does it at once
        b.find("#reload").click();
        b.awaitText("#connectivity-status", "ONLINE");
        assertThat(b.find("#session").getText())
                .contains("in a data session since")
                .contains("100.64.9.9");
        b.screenshot("endpoint-connectivity");
        b.open("/endpoints/" + f.endpointId() + "?tab=sessions");
        assertThat(b.find("tr.session-row").getText())
                .contains("open")
                .contains("em")
                .contains("262-01");
        b.screenshot("endpoint-sessions");
        b.open("/endpoints");
        b.screenshot("endpoints");
    }

    @Test
    void readOnlyUserSeesNoActionsAndTheServerRefusesThemAnyway() {
        PortalFleet f = fleet();
        Browser b = browser();
        b.signIn(f.email("read-only"), Customer.PASSWORD);
        b.open("/sims");
        assertThat(b.present("input[name=iccid]")).isFalse();
        assertThat(b.present("#register-bic")).isFalse();
        b.open("/endpoints/" + f.endpointId());
        assertThat(b.present("#change-state")).isFalse();
        assertThat(b.driver().findElements(By.linkText("Edit"))).isEmpty();
        b.open("/endpoints");
        assertThat(b.driver().findElements(By.linkText("New endpoint"))).isEmpty();

        // the same request a USER's page would send, with this session's CSRF token
        Object status = b.driver()
                .executeAsyncScript(
                        """
                        const done = arguments[arguments.length - 1];
                        const body = new URLSearchParams({target_state: 'SUSPENDED', iccid: arguments[0]});
                        body.append(document.querySelector('meta[name=csrf-header]') ? '_csrf' : 'x',
                                    document.querySelector('meta[name=csrf-token]').content);
                        fetch('/sims/state', {method: 'POST', body, redirect: 'manual'}).then(r => done(r.status));""",
                        f.iccid());
        assertThat(((Number) status).intValue()).isEqualTo(403);
        assertThat(operator()
                        .get("/api/v1/sims/" + f.iccid())
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("ACTIVE");
        b.screenshot("endpoint-read-only");
    }

    @Test
    void createsAnEndpointFromTheForm() {
        PortalFleet f = fleet();
        Browser b = browser();
        b.signIn(f.email("admin"), Customer.PASSWORD);
        b.open("/endpoints/new");
        b.find("#name").sendKeys("Cold store 7");
        b.find("#tags").sendKeys("fridge, north");
        b.screenshot("endpoint-form");
        b.find("form.stack button[type=submit]").click();
        b.awaitText("h1", "Cold store 7");
        assertThat(b.find("p.notice").getText()).contains("created");
        Api.Response list = f.customer().admin().get("/api/v1/endpoints?name=Cold%20store%207");
        assertThat(list.json().get(0).get("tags").toString()).contains("fridge").contains("north");
    }

    @Test
    void changesTheOwnPasswordOnlyWithTheCurrentOne() {
        PortalFleet f = fleet();
        Browser b = browser();
        String email = f.email("read-only");
        b.signIn(email, Customer.PASSWORD);
        b.open("/account");
        b.find("#current_password").sendKeys("a-wrong-password");
        b.find("#password").sendKeys("a-new-password-123");
        b.find("#password_again").sendKeys("a-new-password-123");
        b.find("form.stack button").click();
        assertThat(b.await("p.error").getText()).contains("current password");

        b.find("#current_password").sendKeys(Customer.PASSWORD);
        b.find("#password").sendKeys("a-new-password-123");
        b.find("#password_again").sendKeys("a-new-password-123");
        b.find("form.stack button").click();
        assertThat(b.await("p.notice").getText()).contains("changed");
        b.screenshot("account");
        b.find("header form button").click();
        b.awaitText("p.notice", "signed out");
        b.signIn(email, "a-new-password-123");
        assertThat(b.find("header .role").getText()).isEqualTo("READ_ONLY");
    }

    @Test
    void createsAnApplicationTokenAndShowsItOnlyOnce() {
        PortalFleet f = fleet();
        Browser b = browser();
        b.signIn(f.email("admin"), Customer.PASSWORD);
        b.open("/admin/tokens");
        b.find("#description").sendKeys("Telemetry importer");
        b.find("form.stack button").click();
        String token = b.await("#shown-once").getAttribute("value");
        assertThat(token).startsWith("sft_");
        b.screenshot("admin-tokens");
        Api.Response login = anonymous().post("/api/v1/authenticate", Map.of("application_token", token));
        assertThat(login.status()).as("the shown token signs in: %s", login).isEqualTo(200);
        b.open("/admin/tokens");
        assertThat(b.present("#shown-once")).isFalse();
        assertThat(b.driver().getPageSource()).doesNotContain(token);
    }

    @Test
    void showsTheOperatorsGatewaysPoliciesAndThePsmCalculator() {
        Browser b = browser();
        b.signIn(OPERATOR_EMAIL, OPERATOR_PASSWORD);
        b.open("/admin");
        b.screenshot("admin");
        b.open("/admin/gateways");
        b.find("#name").sendKeys(unique("Edge PGW"));
        b.find("#address").sendKeys("127.0.8." + GATEWAYS.incrementAndGet());
        b.find("#secret").sendKeys("edge-pgw-secret");
        b.find("form.stack button").click();
        assertThat(b.await("p.notice").getText()).contains("added");
        b.screenshot("admin-gateways");
        b.open("/admin/policies");
        b.screenshot("admin-policies");
        b.open("/admin/power");
        b.find("#tau").sendKeys("504000");
        b.find("#active").sendKeys("10");
        b.find("form[action$='/psm'] button").click();
        assertThat(b.await("#psm-at").getText()).isEqualTo("AT+CPSMS=1,,,\"01001110\",\"00000101\"");
        b.screenshot("admin-power");
    }

    @Test
    void sendsAnSmsAndShowsItDelivered() {
        PortalFleet f = fleet();
        String msisdn =
                String.format("4916%05d%04d", ProcessHandle.current().pid() % 100_000, GATEWAYS.incrementAndGet());
        jdbc().update("UPDATE sim SET msisdn = ? WHERE iccid = ?", msisdn, f.iccid());
        try (SmscSimulator smsc =
                SmscSimulator.create(SmscConfig.defaults("portal", "portal1")).start()) {
            Browser b = browser();
            b.signIn(OPERATOR_EMAIL, OPERATOR_PASSWORD);
            b.open("/admin/smsc");
            for (String field : new String[] {"#host", "#port", "#system_id", "#password", "#default_source_address"}) {
                b.find(field).clear();
            }
            b.find("#host").sendKeys("127.0.0.1");
            b.find("#port").sendKeys(String.valueOf(smsc.port()));
            b.find("#system_id").sendKeys("portal");
            b.find("#password").sendKeys("portal1");
            b.find("#default_source_address").sendKeys("Simfleet");
            if (!b.find("input[name=enabled]").isSelected()) {
                b.find("input[name=enabled]").click();
            }
            b.find("form.stack button").click();
            assertThat(b.await("p.notice").getText()).contains("saved");
            // the bind state refreshes itself on the page
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.cssSelector("#bind-state"))
                            .getText()
                            .contains("BOUND"));
            b.screenshot("admin-smsc");

            b.signIn(f.email("user"), Customer.PASSWORD);
            b.open("/endpoints/" + f.endpointId() + "?tab=sms");
            b.find("#payload").sendKeys("Hello from the portal");
            b.find("#send-sms").click();
            assertThat(b.await("p.notice").getText()).contains("accepted");
            await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
                b.open("/endpoints/" + f.endpointId() + "?tab=sms");
                assertThat(b.find("tr.sms-row").getText())
                        .contains("to device (MT)")
                        .contains("DELIVERED")
                        .contains("Hello from the portal");
            });
            b.screenshot("endpoint-sms");

            new Select(b.find("#model_id")).selectByValue("teltonika-gps");
            b.find("#review-apn").click();
            assertThat(b.await("#apn-preview").getText()).contains("em");
            b.screenshot("endpoint-apn-assistant");
            b.find("#send-apn").click();
            b.driver().switchTo().alert().accept();
            assertThat(b.await("p.notice").getText()).contains("configuration SMS sent");
            assertThat(b.find("#apn-answer").getText()).contains("SMS ");
        }
    }
}
