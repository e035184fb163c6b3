package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;

import java.util.List;

/**
 * A served organisation to connect to a supplier's live cluster connection in one environment, "like a new
 * application for it": its OIN, the name it is connected under (as on the ALB list), its own services, and, when it
 * is not on the ALB list, RvIG's decision (a PDF). When the live cluster metadata has no entity of the organisation
 * yet, the request brings new cluster metadata (signed with the connection's live certificate); otherwise
 * {@code metadata} is null.
 *
 * @param rvigDecision         the PDF's bytes, or null
 * @param rvigDecisionFileName the PDF's file name, or null
 * @param metadata             new cluster metadata for the environment, or null to keep the live one
 */
public record MemberAddition(ConnectionEnvironment environment, String oin, String name, List<String> services,
                             String rvigDecisionFileName, byte[] rvigDecision, byte[] metadata) {

    public MemberAddition {
        oin = oin == null ? "" : oin.strip();
        name = name == null ? "" : name.strip();
        services = services == null ? List.of()
                : services.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        rvigDecision = rvigDecision == null || rvigDecision.length == 0 ? null : rvigDecision.clone();
        metadata = metadata == null || metadata.length == 0 ? null : metadata.clone();
    }

    public boolean bringsMetadata() {
        return metadata != null;
    }

    @Override
    public byte[] rvigDecision() {
        return rvigDecision == null ? null : rvigDecision.clone();
    }

    @Override
    public byte[] metadata() {
        return metadata == null ? null : metadata.clone();
    }
}
