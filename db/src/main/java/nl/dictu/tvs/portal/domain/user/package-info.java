/** Portal accounts, their roles and their password hashes. */
package nl.dictu.tvs.portal.domain.user;
