package nl.dictu.tvs.portal.trust.demo;

import nl.dictu.tvs.portal.trust.metadata.Environment;

/**
 * What a demo applicant asks for: a certificate for this OIN and organisation, and metadata for this
 * environment with entityID index {@code entityIndex} (9000-9999 preproduction, 0000-8999 production; written with four digits),
 * with a SingleLogoutService when the organisation joins Eenmalig Inloggen.
 */
public record DemoCredentialRequest(String oin, String organisationName, Environment environment, int entityIndex,
                                    boolean eenmaligInloggen) {
}
