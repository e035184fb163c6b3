/**
 * A throw-away PKI and signed DV metadata for tests and demo mode: a test root and intermediate CA,
 * organisation certificates shaped like PKIoverheid ones (any property can be made wrong on purpose), SAML
 * metadata signed the way TVS expects, and PEM output. Never trust its root outside demo mode.
 */
package nl.dictu.tvs.portal.trust.testpki;
