package nl.dictu.tvs.portal.it;

import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mandate of the demo municipality to a supplier, made as people make it on the portal's pages: the municipality's
 * applicant invites a new colleague with the signatory role (so the demo signatory {@code tekenaar}, whom SupplierIT
 * needs as it was, stays untouched), the colleague sets up two-step verification and invites the supplier (a
 * signatory's invitation is the municipality's signature), and the supplier's member agrees.
 */
final class ItMandates {

    private static final String PAGE = "/applicant/mandates.xhtml";
    private static final Pattern INVITATION = Pattern.compile("http\\S+invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "een lang genoeg wachtwoord";
    /** An accept button: an earlier mandate in force has none, so the first one is the new invitation's. */
    private static final Pattern ACCEPT = Pattern.compile("id=\"(mandates:\\d+:accept)\"");

    private ItMandates() {
    }

    /** Grants the supplier the municipality's mandate; returns the signatory who signed it, signed in. */
    static PortalClient grantByNewSignatory(DemoAccount supplierMember, String supplierOin) {
        return grantByNewSignatory(DemoAccount.APPLICANT, supplierMember, supplierOin);
    }

    /**
     * Grants the supplier the mandate of the organisation of {@code inviter} (an applicant who invites the new
     * signatory); returns the signatory who signed it, signed in.
     */
    static PortalClient grantByNewSignatory(DemoAccount inviter, DemoAccount supplierMember, String supplierOin) {
        String domain = inviter == DemoAccount.APPLICANT ? "voorbeeldstad.example" : inviter.username + ".example";
        return grantByNewSignatory(inviter, domain, supplierMember, supplierOin);
    }

    /**
     * Grants the supplier the mandate of the organisation of {@code servedMember}, whose new signatory (with an
     * address at {@code domain}) signs it; returns that signatory, signed in.
     */
    static PortalClient grantByNewSignatory(DemoAccount servedMember, String domain, DemoAccount supplierMember,
                                            String supplierOin) {
        PortalClient signatory = newSignatory(servedMember, domain);
        String page = signatory.get(PAGE).body();
        HttpResponse<String> invited = signatory.follow(signatory.postForm(PAGE, FacesForm.fields(page, "mandateInviteForm",
                "mandateInvite", Map.of("mandateOin", supplierOin))));
        assertThat(invited.body()).as("the signatory's invitation").contains("id=\"mandateDone\"");

        PortalClient supplier = PortalClient.forSharedServer();
        supplier.signIn(supplierMember.username, DemoAccount.PASSWORD);
        String mandates = supplier.get(PAGE).body();
        Matcher accept = ACCEPT.matcher(mandates);
        assertThat(accept.find()).as("the invitation the supplier may accept").isTrue();
        HttpResponse<String> agreed = supplier.follow(supplier.postForm(PAGE,
                FacesForm.fields(mandates, "mandatesForm", accept.group(1), Map.of())));
        assertThat(agreed.body()).as("the supplier's agreement").contains("id=\"mandateDone\"");
        return signatory;
    }

    /** The municipality's newest mandate revoked by the signatory: from now on the supplier may not act for it. */
    static void revokeNewest(PortalClient signatory) {
        String page = signatory.get(PAGE).body();
        HttpResponse<String> revoked = signatory.follow(signatory.postForm(PAGE,
                FacesForm.fields(page, "mandatesForm", "mandates:0:revoke", Map.of())));
        assertThat(revoked.body()).as("the revocation").contains("id=\"mandateDone\"");
    }

    /** A new member of the inviter's organisation with the signatory role, invited by the inviter, TOTP set up. */
    private static PortalClient newSignatory(DemoAccount invitingMember, String domain) {
        PortalClient inviter = PortalClient.forSharedServer();
        inviter.signIn(invitingMember.username, DemoAccount.PASSWORD);
        String email = "teken-" + UUID.randomUUID() + "@" + domain;
        String organisation = inviter.get("/applicant/organisation.xhtml").body();
        assertThat(inviter.postForm("/applicant/organisation.xhtml", FacesForm.fields(organisation, "inviteForm", "invite",
                Map.of("inviteEmail", email, "inviteRole", "SIGNATORY"))).statusCode()).isEqualTo(200);
        String token = invitationToken(ItMail.awaitMail(m -> ItMail.isTo(m, email), Duration.ofSeconds(60)));

        PortalClient signatory = PortalClient.forSharedServer();
        String invitation = signatory.get("/invitation.xhtml?token=" + token).body();
        HttpResponse<String> accepted = signatory.follow(signatory.postForm("/invitation.xhtml?token=" + token,
                FacesForm.fields(invitation, "invitationForm", "accept", Map.of("token", token,
                        "displayName", "Tom Tekenbevoegd", "password", PASSWORD, "passwordRepeat", PASSWORD))));
        assertThat(accepted.statusCode()).as(accepted.body()).isIn(200, 302);
        ItTotp.enrol(signatory);
        return signatory;
    }

    private static String invitationToken(MimeMessage mail) {
        try {
            Matcher link = INVITATION.matcher(String.valueOf(mail.getContent()));
            assertThat(link.find()).as("the invitation link in the mail").isTrue();
            return link.group(1);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
