package nl.dictu.tvs.portal.usecase.assessment;

import nl.dictu.tvs.portal.domain.assessment.AssessmentRoute;

/**
 * What the applicant delivers for a connection's assessment: the route, the auditor's name, for a report or a
 * third-party statement the PDF, and whether a supplier's multiple assessment covers its cluster's members.
 *
 * @param route    null when none was chosen
 * @param fileName null or empty without a file
 * @param content  null or empty without a file
 */
public record AssessmentDelivery(AssessmentRoute route, String auditor, String fileName, byte[] content,
                                 boolean coversMembers) {

    public boolean hasFile() {
        return content != null && content.length > 0;
    }
}
