package nl.dictu.tvs.portal.usecase.cluster;

import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.domain.file.StoredFile;
import nl.dictu.tvs.portal.domain.file.StoredFileRepository;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;

/** Which stored file may be a served organisation's RvIG decision: an {@code ALB_DECISION} upload of the supplier's. */
public final class MemberDecisionFiles {

    private MemberDecisionFiles() {
    }

    /** @throws ActionRefusedException naming the file when it is no such upload */
    public static StoredFile require(StoredFileRepository files, String supplierOin, long fileId) {
        return files.findById(fileId)
                .filter(f -> f.getPurpose() == FilePurpose.ALB_DECISION)
                .filter(f -> f.getOrganisation().getOin().equals(supplierOin))
                .orElseThrow(() -> ActionRefusedException.of("albDecisionFileId", "application.albDecision.notAnAlbDecision",
                        String.valueOf(fileId)));
    }
}
