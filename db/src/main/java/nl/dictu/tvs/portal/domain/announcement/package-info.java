/** DICTU's announcements of maintenance windows and releases, per environment. */
package nl.dictu.tvs.portal.domain.announcement;
