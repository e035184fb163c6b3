package nl.dictu.tvs.portal.usecase.rollover;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.domain.connection.RolloverCertificate;
import nl.dictu.tvs.portal.domain.connection.RolloverNotice;
import nl.dictu.tvs.portal.domain.connection.RolloverRepository;
import nl.dictu.tvs.portal.domain.connection.RolloverState;
import nl.dictu.tvs.portal.process.WorkingDays;
import nl.dictu.tvs.portal.shared.audit.Auditor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Takes the step due for one next certificate in a transaction of its own: records it (the primary key makes a
 * second node's attempt fail and roll back, mails included), then reminds the members or, on the activation date,
 * switches and reminds them to remove the old certificate from the metadata, with an audit event.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RolloverStep {

    static final String REMINDED = "certificateRolloverReminded";
    static final String SWITCHED = "certificateRolloverSwitched";

    @Inject
    private RolloverRepository rollovers;

    @Inject
    private RolloverMail mail;

    @Inject
    private Auditor auditor;

    public RolloverStep() {
        // for the container
    }

    /** Outside the container (tests), with the caller's repository, mail and auditor. */
    RolloverStep(RolloverRepository rollovers, RolloverMail mail, Auditor auditor) {
        this.rollovers = rollovers;
        this.mail = mail;
        this.auditor = auditor;
    }

    /** @return whether a step was taken now */
    public boolean advance(long certificateId, Instant now) {
        RolloverCertificate next = rollovers.find(certificateId).filter(c -> c.getState() == RolloverState.NEXT).orElse(null);
        if (next == null) {
            return false;
        }
        Set<Integer> noticed = IntStream.concat(RolloverSchedule.REMINDER_DAYS.stream().mapToInt(Integer::intValue),
                        IntStream.of(RolloverSchedule.SWITCH))
                .filter(days -> rollovers.noticed(certificateId, days)).boxed().collect(Collectors.toSet());
        OptionalInt due = RolloverSchedule.due(LocalDate.ofInstant(now, WorkingDays.ZONE), next.getActivationDate(), noticed);
        if (due.isEmpty()) {
            return false;
        }
        rollovers.recordNotice(new RolloverNotice(certificateId, due.getAsInt(), now));
        Long applicationId = next.getConnection().getApplicationId().orElse(null);
        if (due.getAsInt() == RolloverSchedule.SWITCH) {
            List<RolloverCertificate> retired = RolloverSwitch.apply(next, rollovers.ofConnection(next.getConnection().getId()));
            int mails = mail.switched(next, retired).size();
            auditor.record(Auditor.SYSTEM, SWITCHED, applicationId, null, Map.of(),
                    Map.of("connection", String.valueOf(next.getConnection().getId()), "use", next.getUse().name(),
                            "certificate", next.getLabel(), "mails", String.valueOf(mails)));
        } else {
            int mails = mail.reminder(next, due.getAsInt()).size();
            auditor.record(Auditor.SYSTEM, REMINDED, applicationId, null, Map.of(),
                    Map.of("connection", String.valueOf(next.getConnection().getId()), "use", next.getUse().name(),
                            "daysBefore", String.valueOf(due.getAsInt()), "mails", String.valueOf(mails)));
        }
        return true;
    }
}
