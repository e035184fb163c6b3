package nl.dictu.tvs.portal.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DICTU's announcements: the admin writes one (an end before the start is refused at its field,
 * nothing typed lost), the applicant sees and dismisses the banner, and anyone reads the public
 * page and the iCalendar and Atom feeds without a session.
 */
@Tag("h2-only")
class AnnouncementsIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @RegisterExtension
    final ItBrowser session = new ItBrowser();
    private final WebDriver browser = session.driver;
    private final WebDriverWait wait = session.wait;
    private final String baseUrl = session.baseUrl;

    @Test
    void shouldPublishAnAnnouncementAsBannerPublicPageAndFeeds() throws IOException {
        String marker = Long.toString(System.nanoTime(), 36);
        String titleNl = "Onderhoud TVS, avond " + marker;
        String titleEn = "TVS maintenance, evening " + marker;
        String tomorrow = DAY.format(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1));

        session.signIn(DemoAccount.ADMIN);
        browser.findElement(By.id("announcementsLink")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Aankondigingen"));
        Accessibility.assertNoViolations(browser, "announcements admin");

        browser.findElement(By.id("preproduction")).click();
        browser.findElement(By.id("production")).click();
        browser.findElement(By.id("start")).sendKeys(tomorrow + " 20:00");
        browser.findElement(By.id("end")).sendKeys(tomorrow + " 19:00");
        browser.findElement(By.id("titleNl")).sendKeys(titleNl);
        browser.findElement(By.id("titleEn")).sendKeys(titleEn);
        browser.findElement(By.id("textNl")).sendKeys("TVS is niet beschikbaar.");
        browser.findElement(By.id("textEn")).sendKeys("TVS is not available.");
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("endError"), "Het einde ligt vóór het begin"));
        assertThat(browser.findElement(By.id("end")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("titleNl")).getAttribute("value")).isEqualTo(titleNl);
        assertThat(browser.findElement(By.id("textEn")).getAttribute("value")).isEqualTo("TVS is not available.");
        session.screenshot("announcement-end-before-start");
        Accessibility.assertNoViolations(browser, "announcement refused");

        WebElement end = browser.findElement(By.id("end"));
        end.clear();
        end.sendKeys(tomorrow + " 23:00");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is opgeslagen en gepubliceerd"));
        assertThat(browser.findElement(By.id("list:announcements")).getText()).contains(titleNl);

        browser.manage().deleteAllCookies();
        session.signIn(DemoAccount.APPLICANT);
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("announcementBanner")));
        assertThat(banner.getText()).contains(titleNl, tomorrow + " 20:00", tomorrow + " 23:00");
        session.screenshot("announcement-banner");
        Accessibility.assertNoViolations(browser, "announcement banner");
        browser.findElement(By.id("announcementBannerForm:dismissAnnouncements")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("announcementBanner")));
        browser.get(baseUrl + DemoAccount.APPLICANT.landingPage);
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), DemoAccount.APPLICANT.landingTitle));
        assertThat(browser.findElements(By.id("announcementBanner"))).isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/announcements.xhtml?lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Announcements by DICTU"));
        assertThat(browser.findElement(By.id("main")).getText()).contains(titleEn, "TVS is not available.");
        Accessibility.assertNoViolations(browser, "public announcements");

        PortalClient anonymous = PortalClient.forSharedServer();
        HttpResponse<String> page = anonymous.get("/announcements.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(titleNl);
        assertThat(anonymous.sessionId()).as("no session for the public page").isEmpty();

        HttpResponse<String> calendar = anonymous.get("/announcements.ics");
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("BEGIN:VEVENT\r\nUID:announcement-", "SUMMARY:Onderhoud TVS\\, avond " + marker + "\r\n", "DTSTART:", "DTEND:")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(anonymous.get("/announcements.ics?lang=en").body()).contains("SUMMARY:TVS maintenance\\, evening " + marker);

        HttpResponse<String> atom = anonymous.get("/announcements.atom?lang=en");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "<title>" + titleEn + "</title>",
                "<content type=\"text\">", "TVS is not available.");
        assertThat(anonymous.sessionId()).as("no session for the feeds").isEmpty();

        // withdrawn, it leaves the public page, and the shared server's other tests see no banner
        browser.manage().deleteAllCookies();
        session.signIn(DemoAccount.ADMIN);
        browser.findElement(By.id("announcementsLink")).click();
        wait.until(ExpectedConditions.textToBe(By.id("pageTitle"), "Aankondigingen"));
        browser.findElement(By.cssSelector("button[aria-label='Intrekken " + titleNl + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is ingetrokken"));
        assertThat(anonymous.get("/announcements.xhtml").body()).doesNotContain(titleNl);
    }
}
