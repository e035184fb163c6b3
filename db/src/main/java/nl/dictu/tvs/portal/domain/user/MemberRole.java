package nl.dictu.tvs.portal.domain.user;

/**
 * What an applicant does for their organisation: applies, is the technical contact, or may sign
 * for it. All three may use the portal alike; the role tells colleagues and DICTU who is who.
 */
public enum MemberRole {
    APPLICANT,
    TECHNICAL_CONTACT,
    SIGNATORY;

    public static final int MAX_LENGTH = 30;
}
