/**
 * The sealed PDF documents the portal issued for an application: one per application, document
 * kind and round (version or assessment round), with their SHA-256, kept as issued.
 */
package nl.dictu.tvs.portal.domain.document;
