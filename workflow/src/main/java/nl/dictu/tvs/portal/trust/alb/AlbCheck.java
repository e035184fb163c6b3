package nl.dictu.tvs.portal.trust.alb;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;

/** Is the applicant on the ALB list? If so, its registered name is the name the login button must show. */
public final class AlbCheck {

    private final AlbRegister register;

    public AlbCheck(AlbRegister register) {
        this.register = register;
    }

    public Finding check(String oin) {
        return register.findByOin(oin)
                .map(entry -> Finding.of(FindingCode.ALB_REGISTERED, entry.registeredName())
                        .withEvidence("oin", entry.oin())
                        .withEvidence("registeredName", entry.registeredName())
                        .withEvidence("decisionReference", entry.decisionReference())
                        .withEvidence("decisionDate", entry.decisionDate()))
                .orElseGet(() -> Finding.of(FindingCode.ALB_NOT_REGISTERED, oin).withEvidence("oin", oin));
    }
}
