package nl.dictu.tvs.portal.usecase.applying;

import nl.dictu.tvs.portal.usecase.applying.UploadCheckView.ReadLine;
import nl.dictu.tvs.portal.shared.findings.FindingText;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the trust check's findings on a certificate and metadata into what the wizard shows: the
 * lines about the uploads (the OIN and the ALB list have steps of their own) and what was read.
 */
final class UploadFindings {

    private UploadFindings() {
    }

    static boolean isAboutUploads(Finding finding) {
        String code = finding.code().name();
        return code.startsWith("CERTIFICATE_") || code.startsWith("METADATA_");
    }

    static UploadCheckView view(List<Finding> findings, FindingText text) {
        List<ReadableFinding> lines = text.readable(findings.stream().filter(UploadFindings::isAboutUploads).toList());
        List<ReadLine> read = new ArrayList<>();
        findings.stream().filter(f -> f.code() == FindingCode.METADATA_SUMMARY).findFirst()
                .ifPresentOrElse(summary -> readMetadata(summary.evidence(), read),
                        () -> findings.stream().filter(f -> f.code() == FindingCode.CERTIFICATE_SUMMARY).findFirst()
                                .ifPresent(certificate -> readCertificate(certificate.arguments(), read)));
        return new UploadCheckView(lines, read.stream().map(line -> new ReadLine(line.labelKey(), text.readableValue(line.value())))
                .toList());
    }

    private static void readMetadata(Map<String, String> evidence, List<ReadLine> read) {
        add(read, "draft.read.entityId", evidence.get("entityID"));
        evidence.forEach((key, value) -> {
            if (key.startsWith("endpoint.")) {
                add(read, "draft.read.endpoint", value);
            }
        });
        add(read, "draft.read.certificateSubject", evidence.get("certificateSubject"));
        add(read, "draft.read.certificateOin", evidence.get("certificateOin"));
        add(read, "draft.read.certificateNotAfter", evidence.get("certificateNotAfter"));
    }

    /** CERTIFICATE_SUMMARY's arguments: organisation, OIN, valid until. */
    private static void readCertificate(List<String> arguments, List<ReadLine> read) {
        add(read, "draft.read.certificateSubject", arguments.get(0));
        add(read, "draft.read.certificateOin", arguments.get(1));
        add(read, "draft.read.certificateNotAfter", arguments.get(2));
    }

    private static void add(List<ReadLine> read, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            read.add(new ReadLine(labelKey, value));
        }
    }
}
