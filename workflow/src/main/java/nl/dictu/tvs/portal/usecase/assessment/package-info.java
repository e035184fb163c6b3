/**
 * The ICT security assessment of DigiD connections as Logius schedules it: the calendar of report windows
 * computed from the go-live date, the assessment of each production connection per window (report, third-party
 * statement or ENSIA, with the auditor), the reviewer's outcome, a supplier's multiple assessment covering its
 * cluster's members, and the daily watch that reminds, raises the aanmaning and proposes a deactivation date.
 */
package nl.dictu.tvs.portal.usecase.assessment;
