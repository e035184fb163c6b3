package nl.dictu.tvs.portal.domain.review;

/** How DICTU handed the test accounts to the applicant. */
public enum HandoverChannel {
    ENCRYPTED_MAIL,
    SECURE_FILE_TRANSFER,
    PHONE_AND_MAIL,
    IN_PERSON
}
