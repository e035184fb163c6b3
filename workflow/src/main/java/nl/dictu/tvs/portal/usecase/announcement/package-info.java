/**
 * DICTU's announcements: the admins write them; they show as a banner to applicants, on a public
 * page, as iCalendar and Atom feeds, and go by mail to members who subscribed.
 */
package nl.dictu.tvs.portal.usecase.announcement;
