package nl.dictu.tvs.portal.usecase.applying.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisations a supplier's cluster application serves, as the wizard takes them: one per line, the OIN,
 * a colon and that organisation's own services separated by commas. Every organisation must be in the cluster
 * metadata (its own EntityDescriptor); whether it gave the supplier a mandate is the service's check.
 */
public final class ClusterMemberLines {

    /** One served organisation: its OIN and its services. */
    public record Member(String oin, List<String> services) {

        public Member {
            services = List.copyOf(services);
        }
    }

    private static final Pattern LINE = Pattern.compile("(\\d{20})\\s*:\\s*(.*\\S.*)");

    private ClusterMemberLines() {
    }

    /** The well-formed lines' members, in their order, each OIN once; bad lines are left out ({@link #check} names them). */
    public static List<Member> members(WizardDraft draft) {
        List<Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : lines(draft)) {
            Matcher matcher = LINE.matcher(line);
            if (matcher.matches() && seen.add(matcher.group(1))) {
                members.add(new Member(matcher.group(1), Arrays.stream(matcher.group(2).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList()));
            }
        }
        return members;
    }

    /** The lines with the member added at the end, as the wizard writes one: the OIN, a colon, the services. */
    public static String with(String text, String oin, List<String> services) {
        String line = oin + ": " + String.join(", ", services);
        String kept = text == null ? "" : text.strip();
        return kept.isEmpty() ? line : kept + "\n" + line;
    }

    /** The lines without those of the member with this OIN; the same text when it has none. */
    public static String without(String text, String oin) {
        return (text == null ? "" : text).lines().filter(line -> {
            Matcher matcher = LINE.matcher(line.strip());
            return !(matcher.matches() && matcher.group(1).equals(oin));
        }).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static void check(WizardDraft draft, DraftValidation.Context context, List<DraftError> errors) {
        if (!draft.isSupplier()) {
            return;
        }
        List<String> lines = lines(draft);
        if (lines.isEmpty()) {
            errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.CLUSTER_MEMBERS, "draft.cluster.membersRequired"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = LINE.matcher(lines.get(i));
            if (!matcher.matches()) {
                errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.CLUSTER_MEMBERS, "draft.cluster.memberLine",
                        i + 1, lines.get(i)));
            } else if (!seen.add(matcher.group(1))) {
                errors.add(DraftError.of(WizardStep.ORGANISATION, FieldIds.CLUSTER_MEMBERS, "draft.cluster.memberDuplicate",
                        matcher.group(1)));
            }
        }
        if (draft.metadata().isEmpty()) {
            return;
        }
        if (context.clusterMetadataOins().isEmpty()) {
            errors.add(DraftError.of(WizardStep.CERTIFICATE, FieldIds.METADATA, "draft.cluster.metadataRequired"));
            return;
        }
        for (Member member : members(draft)) {
            if (!context.clusterMetadataOins().contains(member.oin())) {
                errors.add(DraftError.of(WizardStep.CERTIFICATE, FieldIds.METADATA, "draft.cluster.notInMetadata",
                        member.oin()));
            }
        }
    }

    private static List<String> lines(WizardDraft draft) {
        return draft.getClusterMembers().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
