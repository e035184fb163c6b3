package nl.dictu.tvs.portal.shared.error;

/**
 * No such document for this user: it does not exist, or it belongs to another organisation. The two
 * are deliberately the same answer, so a refusal does not tell that a reference or document exists.
 */
public class DocumentNotFoundException extends ApplicationServiceException {

    public DocumentNotFoundException() {
        super("document.notFound");
    }
}
