package nl.dictu.tvs.portal.web.apiv1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.dictu.tvs.portal.shared.error.ActionRefusedException;
import nl.dictu.tvs.portal.shared.findings.FindingTexts;
import nl.dictu.tvs.portal.shared.findings.ReadableFinding;
import nl.dictu.tvs.portal.trust.metadata.Environment;
import nl.dictu.tvs.portal.usecase.validation.MetadataValidation;
import nl.dictu.tvs.portal.usecase.validation.MetadataValidationRequest;
import nl.dictu.tvs.portal.usecase.validation.MetadataValidationResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/v1/metadata-checks}: the public validator of "Controleer uw metadata"
 * ({@code /metadata-check.xhtml}), through the same service: the same checks, the same limits.
 */
@Path("/v1/metadata-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "metadata-checks")
public class V1MetadataChecksResource {

    @EJB
    private MetadataValidation validation;

    @EJB
    private FindingTexts texts;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpHeaders headers;

    /**
     * What to check: the OIN, the environment ({@code PREPRODUCTION} or {@code PRODUCTION}), whether
     * the service uses Eenmalig Inloggen, the metadata in Base64 and, optionally, the certificate (PEM).
     */
    public record MetadataCheck(String oin, String environment, boolean eenmaligInloggen, String metadataBase64,
                                String certificatePem) {
    }

    /** The outcome: when, how many errors, and every finding in the caller's language. */
    public record MetadataCheckResult(Instant checkedAt, long errorCount, List<FindingJson> findings) {
    }

    /** One finding: its code, severity and what it means. */
    public record FindingJson(String code, String severity, String text, String resolution) {
    }

    @POST
    @Operation(operationId = "checkMetadata", summary = "Check SAML metadata as the public validator does",
            description = "Any scope. Counted in the metadata check limits per client.")
    public MetadataCheckResult check(MetadataCheck check) {
        if (check == null) {
            throw ActionRefusedException.of("metadataBase64", "metadataCheck.metadataRequired");
        }
        Optional<MetadataValidationRequest.Upload> certificate = Optional.ofNullable(check.certificatePem())
                .filter(pem -> !pem.isBlank())
                .map(pem -> new MetadataValidationRequest.Upload("certificate.pem", pem.getBytes(StandardCharsets.US_ASCII)));
        MetadataValidationResult result = validation.validate(ApiCallers.of(request).asUser(),
                new MetadataValidationRequest(check.oin(), environment(check.environment()), check.eenmaligInloggen(),
                        new MetadataValidationRequest.Upload("metadata.xml", metadata(check.metadataBase64())), certificate));
        Locale locale = headers.getAcceptableLanguages().stream().filter(l -> "en".equals(l.getLanguage())).findFirst()
                .orElse(Locale.forLanguageTag("nl"));
        List<FindingJson> findings = texts.readable(result.findings(), locale).stream().map(V1MetadataChecksResource::json)
                .toList();
        return new MetadataCheckResult(result.checkedAt(), result.errorCount(), findings);
    }

    private static FindingJson json(ReadableFinding finding) {
        return new FindingJson(finding.code(), finding.severity().name(), finding.text(), finding.resolution());
    }

    private static Environment environment(String value) {
        try {
            return value == null ? Environment.PREPRODUCTION : Environment.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ActionRefusedException.of("environment", "api.metadataCheck.environment");
        }
    }

    private static byte[] metadata(String base64) {
        try {
            return base64 == null ? new byte[0] : Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw ActionRefusedException.of("metadataBase64", "api.metadataCheck.base64");
        }
    }
}
