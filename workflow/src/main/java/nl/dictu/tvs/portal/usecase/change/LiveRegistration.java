package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.ApplicationVersion;
import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.util.List;

/**
 * What is registered for one environment of a connection in one application version: the services and contacts
 * (shared by both environments) and that environment's certificate and metadata.
 */
public record LiveRegistration(String reference, ConnectionEnvironment environment, int version,
                               List<ServiceDeclaration> services, List<Contact> contacts, String certificatePem,
                               byte[] metadata) {

    public LiveRegistration {
        services = List.copyOf(services);
        contacts = List.copyOf(contacts);
        metadata = metadata == null ? new byte[0] : metadata.clone();
        certificatePem = certificatePem == null ? "" : certificatePem;
    }

    static LiveRegistration of(ApplicationVersion version, ConnectionEnvironment environment) {
        boolean production = environment == ConnectionEnvironment.PRODUCTION;
        return new LiveRegistration(version.getApplication().getReference(), environment, version.getNumber(),
                version.services(), version.contacts(),
                production ? version.getProductionCertificatePem().orElse(null) : version.getCertificatePem(),
                production ? version.getProductionMetadata().orElse(null) : version.getPreproductionMetadata());
    }

    /** The copy the applicant starts editing from. */
    public ChangeProposal asProposal() {
        return new ChangeProposal(environment, services, contacts, certificatePem, metadata);
    }

    /** The metadata as text (it is XML), for an edit field. */
    public String metadataText() {
        return new String(metadata, java.nio.charset.StandardCharsets.UTF_8);
    }
}
