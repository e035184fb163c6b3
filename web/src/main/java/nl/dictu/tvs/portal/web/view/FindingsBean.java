package nl.dictu.tvs.portal.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.application.AlbDecisionAcceptance;
import nl.dictu.tvs.portal.shared.findings.AlbAcceptance;
import nl.dictu.tvs.portal.shared.findings.FindingTexts;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;

import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Findings for the {@code tvs:findings} list, in the page's language: {@code #{findingsBean.of(list)}}
 * for content of no application yet, {@code #{findingsBean.ofApplication(list, reference)}} for an
 * application's, whose accepted RvIG decision resolves the ALB finding.
 */
@Named
@RequestScoped
public class FindingsBean {

    @Inject
    private LocaleBean localeBean;

    @Inject
    private CurrentUserBean currentUser;

    @EJB
    private FindingTexts texts;

    @EJB
    private AlbDecisionAcceptance albDecisions;

    private final Map<String, Optional<AlbAcceptance>> acceptances = new HashMap<>();
    /*
     * A composite reads its value more than once per render (whether it is empty, then the list it repeats, then again
     * per row's state), and each read would write every finding anew: the same list is written once per request.
     */
    private final Map<List<Finding>, List<ReadableFinding>> written = new IdentityHashMap<>();

    public List<ReadableFinding> of(List<Finding> findings) {
        return findings == null ? List.of()
                : written.computeIfAbsent(findings, list -> texts.readable(list, localeBean.getLocale()));
    }

    public List<ReadableFinding> ofApplication(List<Finding> findings, String reference) {
        return findings == null ? List.of()
                : written.computeIfAbsent(findings, list -> texts.readable(list, localeBean.getLocale(), albAcceptance(reference)));
    }

    /** A form error that passes on a finding (its bundle key and arguments) as FindingText writes it, else empty. */
    public Optional<String> textOfKey(String messageKey, List<String> arguments) {
        return texts.text(localeBean.getLocale()).textOfKey(messageKey, arguments);
    }

    /** An instant as the findings show one: Dutch time, the reader's date format. */
    public String when(Instant instant) {
        return instant == null ? "" : texts.text(localeBean.getLocale()).when(instant);
    }

    private Optional<AlbAcceptance> albAcceptance(String reference) {
        return acceptances.computeIfAbsent(reference == null ? "" : reference, ref -> currentUser.user()
                .flatMap(user -> albDecisions.of(user, ref)));
    }
}
