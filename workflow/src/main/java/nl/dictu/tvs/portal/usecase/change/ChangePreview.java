package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.change.ChangeLane;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;

import java.io.Serializable;
import java.util.List;

/**
 * A change being edited, against what is live: the fields it changes, the trust checks' findings on it, whether
 * they pass, and the route it would take.
 */
public record ChangePreview(List<ChangeDifference> differences, List<ReadableFinding> findings, boolean checksPassed,
                            ChangeLane lane) implements Serializable {

    public ChangePreview {
        differences = List.copyOf(differences);
        findings = List.copyOf(findings);
    }

    public boolean changesNothing() {
        return differences.isEmpty();
    }
}
