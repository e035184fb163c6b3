package nl.dictu.tvs.portal.usecase.cluster;

import java.time.Instant;

/**
 * A served organisation's RvIG decision as reviewers and the supplier see it: the file (downloaded through
 * {@code /api/files/{id}}) and the reviewer's verdict, once given.
 *
 * @param accepted null while no reviewer verified it
 */
public record MemberDecisionView(long fileId, String fileName, String sha256, String attachedBy, Instant attachedAt,
                                 Boolean accepted, String decisionReference, String refusalReason, String verifiedBy,
                                 Instant verifiedAt) {
}
