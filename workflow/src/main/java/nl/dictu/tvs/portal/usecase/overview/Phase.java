package nl.dictu.tvs.portal.usecase.overview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ACKNOWLEDGE_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPLICATION_SUBMITTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PREPRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.APPROVE_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ARRANGE_DIGID_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ASSESS_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.AWAIT_CONNECTION_TERMINATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.CORRECT_PRODUCTION_REQUEST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.DELIVER_TEST_ACCOUNTS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.ISSUE_SERVICE_UUIDS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.NOTIFY_PREPRODUCTION_CONNECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.NOTIFY_PRODUCTION_CONNECTED;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_APPLICATION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_EENMALIG_INLOGGEN;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_PREPRODUCTION_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REGISTER_PRODUCTION_CONNECTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REQUEST_PRODUCTION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.REWORK_CHECKLIST;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.RUN_AUTOMATED_CHECKS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.RUN_PRODUCTION_CHECKS;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_ALB_DECISION;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.UPLOAD_PREPRODUCTION_METADATA;
import static nl.dictu.tvs.portal.process.ConnectionRequestModel.VERIFY_ALB_DECISION;

/**
 * The phases of the connection request ({@code docs/process.md}), each with the activities
 * (tasks and the start event) that belong to it. Gateways and notifications about reminders
 * belong to no phase. An instance in two phases at once counts in the later one.
 */
public enum Phase {
    SUBMISSION(1, APPLICATION_SUBMITTED, RUN_AUTOMATED_CHECKS, CORRECT_APPLICATION),
    ALB(2, UPLOAD_ALB_DECISION, VERIFY_ALB_DECISION),
    REGISTRATION(3, REGISTER_APPLICATION),
    SERVICE_UUIDS(4, ISSUE_SERVICE_UUIDS, REGISTER_EENMALIG_INLOGGEN),
    DIGID_AND_TEST_ACCOUNTS(5, ARRANGE_DIGID_CONNECTION, DELIVER_TEST_ACCOUNTS, ACKNOWLEDGE_TEST_ACCOUNTS),
    CHECKLIST_AND_PREPRODUCTION(6, ASSESS_CHECKLIST, REWORK_CHECKLIST, APPROVE_PREPRODUCTION,
            UPLOAD_PREPRODUCTION_METADATA, REGISTER_PREPRODUCTION_CONNECTION, NOTIFY_PREPRODUCTION_CONNECTED),
    PRODUCTION(7, REQUEST_PRODUCTION, RUN_PRODUCTION_CHECKS, CORRECT_PRODUCTION_REQUEST, ASSESS_PRODUCTION,
            APPROVE_PRODUCTION, REGISTER_PRODUCTION_CONNECTION, NOTIFY_PRODUCTION_CONNECTED),
    LIVE(8, AWAIT_CONNECTION_TERMINATION);

    private static final Map<Integer, Phase> BY_NUMBER = Stream.of(values())
            .collect(Collectors.toMap(Phase::number, Function.identity()));

    private final int number;
    private final List<String> activities;

    Phase(int number, String... activities) {
        this.number = number;
        this.activities = List.of(activities);
    }

    public int number() {
        return number;
    }

    public List<String> activities() {
        return activities;
    }

    /** The bundle key of the phase's name. */
    public String messageKey() {
        return "overview.phase." + name();
    }

    public static Optional<Phase> ofNumber(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /** Every activity of every phase. */
    public static List<String> allActivities() {
        return Stream.of(values()).flatMap(p -> p.activities.stream()).toList();
    }

    /**
     * A SQL expression giving the phase number of the activity id in {@code column}, 0 for none.
     * Built from the constants above only, never from input.
     */
    static String sqlCase(String column) {
        StringBuilder sql = new StringBuilder("case");
        for (Phase phase : values()) {
            sql.append(" when ").append(column).append(" in (")
                    .append(phase.activities.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ")))
                    .append(") then ").append(phase.number);
        }
        return sql.append(" else 0 end").toString();
    }
}
