package nl.dictu.tvs.portal.usecase.change;

import nl.dictu.tvs.portal.domain.application.ConnectionEnvironment;
import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.util.List;

/**
 * What the applicant wants one environment of the connection to be: the services with their minimum levels and
 * catalogue fields, the contacts, and the certificate and metadata (the endpoints) of that environment. Starts as
 * a copy of the live registration ({@link LiveRegistration#asProposal}). A missing environment is the service's to
 * refuse, after it checked who asks.
 */
public record ChangeProposal(ConnectionEnvironment environment, List<ServiceDeclaration> services, List<Contact> contacts,
                             String certificatePem, byte[] metadata) {

    public ChangeProposal {
        services = services == null ? List.of() : List.copyOf(services);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        metadata = metadata == null ? null : metadata.clone();
    }
}
