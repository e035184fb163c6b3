/**
 * Shared leaf: the portal's own audit trail writer; every service and delegate records what it did through it.
 */
package nl.dictu.tvs.portal.shared.audit;
