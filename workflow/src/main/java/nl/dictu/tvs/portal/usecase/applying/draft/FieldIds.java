package nl.dictu.tvs.portal.usecase.applying.draft;

import nl.dictu.tvs.portal.domain.application.ContactRole;
import nl.dictu.tvs.portal.domain.application.LoginMeans;

/** The ids of the wizard's fields, shared by the rules (which field an error is about) and the pages. */
public final class FieldIds {

    public static final String OIN = "oin";
    public static final String ORGANISATION_NAME = "organisationName";
    public static final String ORGANISATION_KIND = "organisationKind";
    public static final String CARE_REGISTER = "careRegister";
    public static final String REGISTER_NUMBER = "registerNumber";
    public static final String CLUSTER_MEMBERS = "clusterMembers";
    public static final String ALB_PROOF_KIND = "albProofKind";
    public static final String ADD_SERVICE = "addService";
    public static final String EENMALIG_INLOGGEN = "eenmaligInloggen";
    public static final String SERVICE_UUID_DELIVERY = "serviceUuidDelivery";
    public static final String CERTIFICATE = "certificateFile";
    public static final String METADATA = "metadataFile";
    public static final String ACCEPT_TERMS = "acceptTerms";

    private FieldIds() {
    }

    /** {@code contactTECHNICALName}, {@code contactTECHNICALEmail}, ...: part is Name, Email or Phone. */
    public static String contact(ContactRole role, String part) {
        return "contact" + role.name() + part;
    }

    /**
     * {@code service0Name}, {@code service0DIGID}, ...: part is Name (the Dutch name), NameEn, Description, Url,
     * PrivacyPolicyUrl, IdentifyingAttributes, Machtigen or a login means.
     */
    public static String service(int index, String part) {
        return "service" + index + part;
    }

    public static String serviceLevel(int index, LoginMeans means) {
        return service(index, means.name());
    }

    /** {@code service0Attribute1PurposeNl}, ...: part is Name, PurposeNl or PurposeEn. */
    public static String serviceAttribute(int service, int attribute, String part) {
        return service(service, "Attribute" + attribute + part);
    }

    public static String answer(String itemCode) {
        return "answer" + safe(itemCode);
    }

    public static String explanation(String itemCode) {
        return "explanation" + safe(itemCode);
    }

    /** {@code memberDecision00000001234567890000}: a supplier's served organisation's RvIG decision, by its OIN. */
    public static String memberDecision(String oin) {
        return "memberDecision" + safe(oin);
    }

    /** {@code memberAnswer00000001234567890000C2}: a served organisation's own answer to a checklist item. */
    public static String memberAnswer(String oin, String itemCode) {
        return "memberAnswer" + safe(oin) + safe(itemCode);
    }

    /** Checklist codes may hold dots and dashes, which do not belong in an element id. */
    private static String safe(String itemCode) {
        return itemCode.replaceAll("[^A-Za-z0-9]", "_");
    }
}
