/**
 * Use case: organisations and their members, invitations, and demo registration.
 */
package nl.dictu.tvs.portal.usecase.membership;
