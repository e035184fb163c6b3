package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.InvalidApplicationException;
import nl.dictu.tvs.portal.domain.change.ChangeLane;
import nl.dictu.tvs.portal.domain.change.MemberChange;
import nl.dictu.tvs.portal.domain.change.MemberChangeAction;
import nl.dictu.tvs.portal.domain.file.FilePurpose;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.usecase.application.UploadInspector;
import nl.dictu.tvs.portal.usecase.cluster.AansluitbestandRow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules on a change request about a served organisation of a cluster connection, apart from who asks and the
 * mandate: each refusal names its field ({@code oin}, {@code name}, {@code services}, {@code rvigDecision},
 * {@code metadata}) and says what to do, in Dutch and English.
 */
public final class MemberChangeRules {

    public static final String OIN = "oin";
    public static final String NAME = "name";
    public static final String SERVICES = "services";
    public static final String DECISION = "rvigDecision";
    public static final String METADATA = "metadata";

    private MemberChangeRules() {
    }

    /** Removing one is the fast lane; adding one is reviewed with four eyes, like a new application for it. */
    public static ChangeLane lane(MemberChangeAction action) {
        return action == MemberChangeAction.REMOVE ? ChangeLane.FAST : ChangeLane.REVIEWED;
    }

    /**
     * What an addition must carry before anything is looked up: an OIN, a name and services within their limits, and
     * new cluster metadata, when it brings any, no larger than an uploaded metadata file may be.
     *
     * @throws ActionRefusedException every problem found, the first one first
     */
    public static void requireComplete(MemberAddition addition) {
        List<ActionRefusedException> refusals = new ArrayList<>();
        if (addition.oin().isEmpty()) {
            refusals.add(ActionRefusedException.of(OIN, "change.member.oinMissing"));
        }
        if (addition.name().isEmpty()) {
            refusals.add(ActionRefusedException.of(NAME, "change.member.nameMissing"));
        } else if (addition.name().length() > MemberChange.NAME_MAX) {
            refusals.add(ActionRefusedException.of(NAME, "change.member.nameTooLong",
                    String.valueOf(addition.name().length()), String.valueOf(MemberChange.NAME_MAX)));
        }
        if (addition.services().isEmpty()) {
            refusals.add(ActionRefusedException.of(SERVICES, "change.member.servicesRequired", addition.name()));
        } else if (String.join("\n", addition.services()).length() > MemberChange.SERVICES_MAX) {
            refusals.add(ActionRefusedException.of(SERVICES, "change.member.servicesTooLong",
                    String.valueOf(MemberChange.SERVICES_MAX)));
        }
        if (addition.bringsMetadata() && addition.metadata().length > FilePurpose.METADATA.maxBytes()) {
            refusals.add(ActionRefusedException.of(METADATA, "change.member.metadataTooLarge",
                    String.valueOf(FilePurpose.METADATA.maxBytes() / (1024 * 1024))));
        }
        if (!refusals.isEmpty()) {
            throw ActionRefusedException.ofAll(refusals);
        }
    }

    /** The OIN check's first error about the OIN, as a person reads it, refused; nothing when it passes. */
    public static void requireValidOin(String oin, Optional<String> firstError) {
        firstError.ifPresent(error -> {
            throw ActionRefusedException.of(OIN, "change.member.oinInvalid", oin, error);
        });
    }

    /** A removal: the organisation is connected in the environment now. */
    public static AansluitbestandRow requireConnected(List<AansluitbestandRow> rows, String oin, String reference,
                                                      String environmentLabel) {
        if (oin.isEmpty()) {
            throw ActionRefusedException.of(OIN, "change.member.oinMissing");
        }
        return rows.stream().filter(row -> row.oin().equals(oin) && row.isConnected()).findFirst()
                .orElseThrow(() -> ActionRefusedException.of(OIN, "change.member.notConnected", oin, reference,
                        environmentLabel));
    }

    /** An addition: the organisation is not connected in the environment now. */
    public static void requireNotConnected(List<AansluitbestandRow> rows, String oin, String reference,
                                           String environmentLabel) {
        rows.stream().filter(row -> row.oin().equals(oin) && row.isConnected()).findFirst().ifPresent(row -> {
            throw ActionRefusedException.of(OIN, "change.member.alreadyConnected", row.name(), oin, reference,
                    environmentLabel, row.connectedOn().toString());
        });
    }

    /**
     * The organisation has its own entity in the cluster metadata the connection will have: the live one, or the new
     * one the request brings.
     *
     * @param metadataOins the OINs of the DV entities in that metadata (empty when it is no cluster metadata)
     */
    public static void requireInMetadata(Collection<String> metadataOins, String oin, boolean newMetadata) {
        if (metadataOins.isEmpty()) {
            throw ActionRefusedException.of(METADATA, "change.member.metadataNotCluster");
        }
        if (!metadataOins.contains(oin)) {
            throw ActionRefusedException.of(newMetadata ? METADATA : OIN,
                    newMetadata ? "change.member.notInNewMetadata" : "change.member.notInMetadata", oin);
        }
    }

    /**
     * The BSN entitlement: on the ALB list, or else RvIG's decision, a PDF by its content.
     *
     * @return the decision's media type when one was given, empty otherwise
     */
    public static Optional<String> requireEntitlement(boolean onAlbList, MemberAddition addition) {
        if (addition.rvigDecision() == null) {
            if (!onAlbList) {
                throw ActionRefusedException.of(DECISION, "change.member.rvigDecisionRequired", addition.name(), addition.oin());
            }
            return Optional.empty();
        }
        String fileName = addition.rvigDecisionFileName() == null || addition.rvigDecisionFileName().isBlank()
                ? "?" : addition.rvigDecisionFileName();
        try {
            return Optional.of(UploadInspector.inspect(FilePurpose.ALB_DECISION, fileName, addition.rvigDecision()));
        } catch (InvalidApplicationException e) {
            throw ActionRefusedException.of(DECISION, "upload.tooLarge".equals(e.messageKey())
                    ? "change.member.decisionTooLarge" : "change.member.decisionNotPdf", fileName,
                    String.valueOf(FilePurpose.ALB_DECISION.maxBytes() / (1024 * 1024)));
        }
    }
}
