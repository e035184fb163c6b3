package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.Contact;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;

import java.util.List;

/**
 * What a correction after findings may change: the services, the contacts, the certificate and the
 * preproduction metadata. Eenmalig Inloggen, the accepted terms version and the checklist answers
 * are not part of it: the correction keeps them as submitted ({@link ApplicationCommands#correct}).
 */
public record Correction(List<ServiceDeclaration> services, List<Contact> contacts, String certificatePem,
                         byte[] metadata) {

    public Correction {
        services = services == null ? List.of() : List.copyOf(services);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        metadata = metadata == null ? null : metadata.clone();
    }
}
