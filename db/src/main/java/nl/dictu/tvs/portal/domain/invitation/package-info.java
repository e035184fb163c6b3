/** Invitations to join an applying organisation: a single-use link that expires, kept only as a hash. */
package nl.dictu.tvs.portal.domain.invitation;
