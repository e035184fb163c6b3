/**
 * Shared leaf: how often a person or an address may do something (sign-in attempts, registrations,
 * invitations, uploads, metadata checks), counted in the database so that every node sees the same
 * counts, and the client address a request came from.
 */
package nl.dictu.tvs.portal.shared.limit;
