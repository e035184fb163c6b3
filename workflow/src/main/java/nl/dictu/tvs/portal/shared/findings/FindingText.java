package nl.dictu.tvs.portal.shared.findings;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.finding.FindingMessages;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one place that turns a finding into text for a person. The pattern is the bundle's
 * {@code finding.<CODE>} for any code, also codes added after this class was written; the arguments
 * are made readable first: an OIN gets the organisation's name when it is known, a certificate
 * subject (X.500 name) becomes "organisation (OIN ...)", an instant becomes a date and time in
 * Dutch time in the reader's format ("24 november 2026 om 13:00", "24 November 2026 at 13:00") and
 * a date a date. An accepted RvIG decision resolves the ALB finding.
 */
public final class FindingText {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final String BUNDLE = "nl.dictu.tvs.portal.i18n.messages";
    // as in FindingMessages: a JVM with an English default locale must not answer Dutch readers in English
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern OIN = Pattern.compile("\\d{20}");
    private static final Pattern NAME_PART = Pattern.compile("(?<!\\\\),");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9.]*)=(.*)", Pattern.DOTALL);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Locale dateLocale;
    private final ZoneId zone;
    private final Function<String, Optional<String>> organisationNames;
    private final Optional<AlbAcceptance> albAcceptance;

    private FindingText(Locale locale, ZoneId zone, Function<String, Optional<String>> organisationNames,
                        Optional<AlbAcceptance> albAcceptance) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        this.locale = locale;
        this.dateLocale = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nl-NL");
        this.zone = zone;
        this.organisationNames = organisationNames;
        this.albAcceptance = albAcceptance;
    }

    /** For a reader of this language in the Netherlands, without organisation names or an ALB decision. */
    public static FindingText of(Locale locale) {
        return new FindingText(locale, NETHERLANDS, oin -> Optional.empty(), Optional.empty());
    }

    /** The same, naming the organisation of an OIN where the lookup knows it. */
    public FindingText withOrganisationNames(Function<String, Optional<String>> names) {
        return new FindingText(locale, zone, names, albAcceptance);
    }

    /** The same, with the application's accepted RvIG decision (if any) resolving the ALB finding. */
    public FindingText withAlbAcceptance(Optional<AlbAcceptance> acceptance) {
        return new FindingText(locale, zone, organisationNames, acceptance);
    }

    public List<ReadableFinding> readable(List<Finding> findings) {
        return findings.stream().map(this::readable).toList();
    }

    public ReadableFinding readable(Finding finding) {
        List<ReadableFinding.Evidence> evidence = new ArrayList<>();
        finding.evidence().forEach((key, value) ->
                evidence.add(new ReadableFinding.Evidence(key, readableValue(value))));
        Optional<AlbAcceptance> resolvedBy = finding.code() == FindingCode.ALB_NOT_REGISTERED ? albAcceptance : Optional.empty();
        String resolution = resolvedBy.map(a -> format(pattern("findingText.resolved.ALB_NOT_REGISTERED"),
                a.reference(), when(a.acceptedAt()), a.acceptedBy())).orElse(null);
        String status = resolvedBy.isPresent() ? ReadableFinding.RESOLVED : finding.severity().name();
        return new ReadableFinding(finding.code().name(), finding.severity(), status, text(finding), resolution, evidence);
    }

    /** The finding's message with readable arguments; a code without a text in the bundle still says what it is. */
    public String text(Finding finding) {
        List<String> raw = finding.arguments();
        Object[] arguments = new Object[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            arguments[i] = argument(raw.get(i), raw);
        }
        try {
            return format(bundle.getString(FindingMessages.keyOf(finding.code())), arguments);
        } catch (MissingResourceException e) {
            return format(pattern("findingText.withoutText"), finding.code().name(),
                    String.join(", ", Arrays.stream(arguments).map(String::valueOf).toList()));
        }
    }

    /**
     * The text of a finding passed on as its bundle key ({@code finding.<CODE>}) and arguments, as a
     * form's error is; empty for a key that is not a finding's.
     */
    public Optional<String> textOfKey(String messageKey, List<String> arguments) {
        return Arrays.stream(FindingCode.values()).filter(code -> FindingMessages.keyOf(code).equals(messageKey)).findFirst()
                .map(code -> text(new Finding(code, code.severity(), arguments, Map.of())));
    }

    /** An instant as the reader reads it: date and time in Dutch time, in the reader's format. */
    public String when(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(dateLocale).withZone(zone).format(instant);
    }

    private String argument(String value, List<String> all) {
        if (OIN.matcher(value).matches()) {
            return organisationNames.apply(value)
                    .filter(name -> all.stream().noneMatch(other -> other.contains(name)))
                    .map(name -> value + " (" + name + ")").orElse(value);
        }
        String readable = readableValue(value);
        if (!readable.equals(value)) {
            return readable;
        }
        return subject(value).orElse(value);
    }

    /** A value as a person reads it: an ISO instant or date in the reader's format, anything else as it is. */
    public String readableValue(String value) {
        try {
            if (INSTANT.matcher(value).matches()) {
                return when(Instant.parse(value));
            }
            if (DATE.matcher(value).matches()) {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dateLocale).format(LocalDate.parse(value));
            }
        } catch (DateTimeParseException e) {
            return value;
        }
        return value;
    }

    /** An X.500 name as "organisation (OIN ...)": what a person recognises of a certificate subject. */
    private Optional<String> subject(String value) {
        if (!value.contains("=")) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String part : NAME_PART.split(value)) {
            var matcher = ATTRIBUTE.matcher(part);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            attributes.putIfAbsent(matcher.group(1).toUpperCase(Locale.ROOT), matcher.group(2).strip().replace("\\,", ","));
        }
        String name = attributes.getOrDefault("O", attributes.get("CN"));
        if (name == null) {
            return Optional.empty();
        }
        String oin = attributes.getOrDefault("SERIALNUMBER", "");
        return Optional.of(OIN.matcher(oin).matches() ? format(pattern("findingText.subject"), name, oin) : name);
    }

    private String pattern(String key) {
        return bundle.getString(key);
    }

    private String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
