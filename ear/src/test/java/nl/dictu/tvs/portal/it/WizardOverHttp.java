package nl.dictu.tvs.portal.it;

import nl.dictu.tvs.portal.trust.testpki.IssuedCertificate;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's wizard filled in without a browser: each step's page fetched, its form posted back
 * as a browser posts it (the fields as the page shows them, with the test's answers over them) and
 * its "next" button, up to a complete draft on the summary page. The demo organisation's OIN is on
 * the ALB list, so no decision is uploaded; certificate and metadata are pasted, not uploaded.
 */
final class WizardOverHttp {

    static final String SUMMARY = "/applicant/apply/summary.xhtml";
    private static final String STEPS = "/applicant/apply/";
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>([^<]*)</option>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private WizardOverHttp() {
    }

    /** Fills every step of the member's open (or a new) draft; the draft is then complete and ready to submit. */
    static void fillDraft(PortalClient member, String organisationName) {
        fillDraft(member, organisationName, ItPki.certificate(ItApplications.OIN, ItApplications.ORGANISATION));
    }

    /** As {@link #fillDraft(PortalClient, String)}, with a certificate of the caller's (one for many drafts saves a key pair each). */
    static void fillDraft(PortalClient member, String organisationName, IssuedCertificate certificate) {
        fillDraft(member, Map.of("organisationName", organisationName, "organisationKindChoice", "GOVERNMENT"),
                ItPki.pem(certificate), ItPki.signedMetadata(ItApplications.OIN, 9001, certificate));
        assertThat(member.get(SUMMARY).body()).as("the summary of a complete draft").doesNotContain("id=\"summaryErrors\"")
                .contains("id=\"submit\"");
    }

    /**
     * Fills every step with the organisation step's own answers (a supplier's served organisations, say) and the
     * given certificate and metadata; what the summary then says is the caller's to check.
     */
    static void fillDraft(PortalClient member, Map<String, String> organisationAnswers, String certificatePem, String metadata) {
        step(member, "organisation.xhtml", with(Map.of("contactTECHNICALName", "Tess Techniek",
                "contactTECHNICALEmail", "tess@voorbeeldstad.example"), organisationAnswers));
        String services = member.get(STEPS + "services.xhtml").body();
        step(member, "services.xhtml", services, Map.of("service0Name", "Parkeervergunning", "service0NameEn", "Parking permit",
                "service0Description", "Een parkeervergunning aanvragen en wijzigen",
                "service0Url", "https://www.voorbeeldstad.example/parkeren",
                "service0DIGID", optionValue(services, "service0DIGID", "Midden"),
                "eenmaligInloggenChoice", "no", "serviceUuidDeliveryChoice", "METADATA"));
        String certificatePage = member.get(STEPS + "certificate.xhtml").body();
        HttpResponse<String> uploaded = post(member, "certificate.xhtml", certificatePage, FacesForm.fields(certificatePage, "stepForm",
                "upload", with(shown(certificatePage), Map.of("certificatePaste", certificatePem, "metadataPaste", metadata))));
        assertThat(member.follow(uploaded).body()).as("the pasted certificate and metadata").contains("opgeslagen en gecontroleerd");
        step(member, "certificate.xhtml", Map.of());
        step(member, "alb.xhtml", Map.of());
        String checklist = member.get(STEPS + "checklist.xhtml").body();
        step(member, "checklist.xhtml", checklist, firstChoices(checklist));
        step(member, "terms.xhtml", Map.of("acceptTerms", "on"));
    }

    private static void step(PortalClient member, String page, Map<String, String> answers) {
        step(member, page, member.get(STEPS + page).body(), answers);
    }

    /** Posts the step's form with its "next" button: the server saves the step and sends the member on. */
    private static void step(PortalClient member, String page, String body, Map<String, String> answers) {
        HttpResponse<String> posted = post(member, page, body, FacesForm.fields(body, "stepForm", "next",
                with(shown(body), answers)));
        assertThat(posted.statusCode()).as(page + " saved: " + posted.body()).isEqualTo(302);
    }

    /** Posts the step form as the browser does: as multipart/form-data with its file inputs left empty where the form has any. */
    private static HttpResponse<String> post(PortalClient member, String page, String body, Map<String, String> fields) {
        String form = stepForm(body);
        if (!form.contains("multipart/form-data")) {
            return member.postForm(STEPS + page, fields);
        }
        List<String> files = new ArrayList<>();
        for (Matcher input = INPUT.matcher(form); input.find(); ) {
            Map<String, String> a = attributes(input.group(1));
            if ("file".equals(a.get("type")) && a.containsKey("name")) {
                files.add(a.get("name"));
            }
        }
        return member.postMultipart(STEPS + page, fields, files);
    }

    /** The step form's tag and content. */
    private static String stepForm(String page) {
        int start = page.lastIndexOf("<form", page.indexOf("id=\"stepForm\""));
        return page.substring(start, page.indexOf("</form>", start));
    }

    private static Map<String, String> with(Map<String, String> shown, Map<String, String> answers) {
        Map<String, String> fields = new LinkedHashMap<>(shown);
        fields.putAll(answers);
        return fields;
    }

    /** The values the page's step form shows, as a browser would post them unchanged. */
    static Map<String, String> shown(String page) {
        String form = stepForm(page);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Matcher input = INPUT.matcher(form); input.find(); ) {
            Map<String, String> a = attributes(input.group(1));
            String type = a.getOrDefault("type", "text");
            boolean posted = switch (type) {
                case "submit", "button", "file", "image", "reset" -> false;
                case "radio", "checkbox" -> input.group(1).contains("checked");
                default -> true;
            };
            if (posted && a.containsKey("name") && !a.get("name").startsWith("jakarta.faces.")) {
                fields.put(a.get("name"), a.getOrDefault("value", "on"));
            }
        }
        for (Matcher area = TEXTAREA.matcher(form); area.find(); ) {
            String name = attributes(area.group(1)).get("name");
            if (name != null) {
                fields.put(name, unescape(area.group(2).startsWith("\n") ? area.group(2).substring(1) : area.group(2)));
            }
        }
        for (Matcher select = SELECT.matcher(form); select.find(); ) {
            String name = attributes(select.group(1)).get("name");
            for (Matcher option = OPTION.matcher(select.group(2)); option.find(); ) {
                if (option.group(1).contains("selected")) {
                    fields.put(name, attributes(option.group(1)).getOrDefault("value", ""));
                }
            }
        }
        return fields;
    }

    /** Every checklist item answered with its first choice ("ja"). */
    private static Map<String, String> firstChoices(String page) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Matcher input = INPUT.matcher(page); input.find(); ) {
            Map<String, String> a = attributes(input.group(1));
            if ("radio".equals(a.get("type")) && a.containsKey("name")) {
                answers.putIfAbsent(a.get("name"), a.get("value"));
            }
        }
        assertThat(answers).as("the checklist's items").isNotEmpty();
        return answers;
    }

    private static String optionValue(String page, String selectName, String labelPart) {
        for (Matcher select = SELECT.matcher(page); select.find(); ) {
            if (selectName.equals(attributes(select.group(1)).get("name"))) {
                for (Matcher option = OPTION.matcher(select.group(2)); option.find(); ) {
                    if (option.group(2).contains(labelPart)) {
                        return attributes(option.group(1)).get("value");
                    }
                }
            }
        }
        throw new AssertionError("no option " + labelPart + " in " + selectName);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Matcher a = ATTRIBUTE.matcher(tag); a.find(); ) {
            attributes.put(a.group(1), unescape(a.group(2)));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#58;", ":").replace("&amp;", "&");
    }
}
