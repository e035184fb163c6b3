/**
 * Ending a live connection, by the organisation (a date not in the past and a reason) or by DICTU:
 * the connection's environments end on that day, a sealed confirmation PDF is issued into the
 * dossier and mailed to every member, and on that day the connection's process ends.
 */
package nl.dictu.tvs.portal.usecase.termination;
