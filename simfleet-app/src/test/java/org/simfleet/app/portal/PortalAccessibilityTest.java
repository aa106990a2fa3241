package org.simfleet.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.simfleet.app.support.ApiTest;
import org.simfleet.app.support.Customer;
import org.simfleet.app.support.RequiresChromium;

/**
 * Basic accessibility of every main page, at a laptop's and a phone's width, checked in the browser by
 * {@code portal/accessibility-audit.js} (labels, names, alt text, contrast, no sideways scrolling), and the portal
 * used from the keyboard alone.
 */
@RequiresChromium
class PortalAccessibilityTest extends ApiTest {

    private static final String AUDIT = resource("/portal/accessibility-audit.js");
    private static Browser browser;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(baseUrl());
        }
        browser.laptopSized();
        return browser;
    }

    private PortalFleet fleet() {
        return PortalFleet.create(
                Customer.create(this, operator(), unique("Accessible Fleet")), jdbc(), ApiTest::unique);
    }

    @Test
    void customerPagesPassTheAuditOnALaptopAndAPhone() {
        PortalFleet f = fleet();
        Browser b = browser();
        b.signIn(f.email("admin"), Customer.PASSWORD);
        long id = f.endpointId();
        assertThat(audit(
                        b,
                        "/",
                        "/sims",
                        "/endpoints",
                        "/endpoints/new",
                        "/endpoints/" + id,
                        "/endpoints/" + id + "/edit",
                        "/account",
                        "/admin",
                        "/admin/users",
                        "/admin/tokens",
                        "/admin/policies",
                        "/admin/power"))
                .isEmpty();
    }

    @Test
    void operatorPagesPassTheAuditOnALaptopAndAPhone() {
        Browser b = browser();
        b.signIn(OPERATOR_EMAIL, OPERATOR_PASSWORD);
        assertThat(audit(b, "/", "/sims", "/admin/gateways", "/admin/smsc", "/admin/users"))
                .isEmpty();
    }

    @Test
    void signInPagePassesTheAudit() {
        Browser b = browser();
        b.signOutByCookies();
        assertThat(audit(b, "/login")).isEmpty();
    }

    @Test
    void signsInAndReachesTheSimsFromTheKeyboardAlone() {
        PortalFleet f = fleet();
        Browser b = browser();
        b.signOutByCookies();
        b.open("/login");
        b.find("body").click();
        // Tab order follows the form: e-mail, password, then the button, each showing where the focus is
        WebElement first = tabUntil(b, "username");
        assertThat(focusShows(b)).as("focus visible on the e-mail field").isTrue();
        first.sendKeys(f.email("admin"));
        WebElement password = tab(b);
        assertThat(password.getAttribute("id")).isEqualTo("password");
        password.sendKeys(Customer.PASSWORD + Keys.ENTER);
        b.await("header.top");
        // the navigation is reachable by Tab and followed with Enter
        WebElement sims = tabUntilText(b, "SIMs");
        assertThat(focusShows(b)).as("focus visible on the navigation").isTrue();
        sims.sendKeys(Keys.ENTER);
        b.awaitText("h1", "SIMs");
    }

    @Test
    void auditReportsEachKindOfFailure() {
        Browser b = browser();
        String page = "<html><head><title>t</title></head><body>"
                + "<input id=q><button></button><img src=x.png>"
                + "<p style='color:#aaa;background:#fff'>faint</p>"
                + "<a href=# tabindex=3>jump</a><div style='width:3000px'>wide</div></body></html>";
        b.driver()
                .get("data:text/html;charset=utf-8,"
                        + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        @SuppressWarnings("unchecked")
        List<Object> found = (List<Object>) b.driver().executeScript(AUDIT);
        assertThat(found)
                .extracting(Object::toString)
                .anyMatch(f -> f.startsWith("html has no lang"))
                .anyMatch(f -> f.startsWith("form control without a label: input#q"))
                .anyMatch(f -> f.startsWith("control without a name: button"))
                .anyMatch(f -> f.startsWith("image without alt"))
                .anyMatch(f -> f.startsWith("contrast 2.32:1"))
                .anyMatch(f -> f.startsWith("positive tabindex"))
                .anyMatch(f -> f.startsWith("page scrolls sideways"));
    }

    /** Each path at both widths; answers the failures, each prefixed with where it was found. */
    private static List<String> audit(Browser b, String... paths) {
        List<String> failures = new ArrayList<>();
        for (boolean phone : new boolean[] {false, true}) {
            if (phone) {
                b.phoneSized();
            } else {
                b.laptopSized();
            }
            for (String path : paths) {
                b.open(path);
                b.await("main, form");
                @SuppressWarnings("unchecked")
                List<Object> found = (List<Object>) b.driver().executeScript(AUDIT);
                String where = (phone ? "phone " : "laptop ") + path + ": ";
                found.forEach(x -> failures.add(where + x));
            }
        }
        b.laptopSized();
        return failures;
    }

    private static WebElement tab(Browser b) {
        b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        return b.driver().switchTo().activeElement();
    }

    private static WebElement tabUntil(Browser b, String id) {
        for (int i = 0; i < 20; i++) {
            WebElement e = tab(b);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no #" + id + " within 20 presses of Tab");
    }

    private static WebElement tabUntilText(Browser b, String text) {
        for (int i = 0; i < 40; i++) {
            WebElement e = tab(b);
            if (text.equals(e.getText().strip())) {
                return e;
            }
        }
        throw new AssertionError("nothing reading \"" + text + "\" within 40 presses of Tab");
    }

    /** Whether the focused element is drawn differently from the rest: an outline or a shadow (WCAG 2.4.7). */
    private static boolean focusShows(Browser b) {
        return (Boolean) b.driver()
                .executeScript("const s = getComputedStyle(document.activeElement);"
                        + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                        + " || s.boxShadow !== 'none';");
    }

    private static String resource(String name) {
        try (InputStream in = PortalAccessibilityTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
