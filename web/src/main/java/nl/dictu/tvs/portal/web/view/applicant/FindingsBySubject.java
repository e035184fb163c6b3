package nl.dictu.tvs.portal.web.view.applicant;

import nl.dictu.tvs.portal.trust.finding.Finding;

import java.util.List;

/**
 * Findings sorted to where a form shows them: beside the certificate, beside the metadata, or
 * above both (OIN, ALB list).
 */
public record FindingsBySubject(List<Finding> certificate, List<Finding> metadata, List<Finding> other) {

    public static final FindingsBySubject NONE = new FindingsBySubject(List.of(), List.of(), List.of());

    public static FindingsBySubject of(List<Finding> findings) {
        return new FindingsBySubject(
                findings.stream().filter(f -> f.code().name().startsWith("CERTIFICATE_")).toList(),
                findings.stream().filter(f -> f.code().name().startsWith("METADATA_")).toList(),
                findings.stream().filter(f -> !f.code().name().startsWith("CERTIFICATE_")
                        && !f.code().name().startsWith("METADATA_")).toList());
    }
}
