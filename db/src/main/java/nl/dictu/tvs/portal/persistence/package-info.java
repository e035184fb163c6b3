/** Schema ownership: Flyway migrations and the check that Hibernate's mapping matches them. */
package nl.dictu.tvs.portal.persistence;
