/**
 * The application aggregate: {@link nl.dictu.tvs.portal.domain.application.Application} with its
 * frozen versions, plus what DICTU and the checks attach to it (issued ServiceUUIDs, check results,
 * registrations), and the repository that stores them.
 */
package nl.dictu.tvs.portal.domain.application;
