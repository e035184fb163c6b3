package nl.dictu.tvs.portal.usecase.application;

import java.time.Instant;

/** The RvIG decision attached to an application, for the reviewer who verifies it: the file and who attached it when. */
public record AlbDecisionView(UploadedFile file, String attachedBy, Instant attachedAt) {
}
