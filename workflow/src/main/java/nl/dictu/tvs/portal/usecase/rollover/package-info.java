/**
 * Certificate rollover of live connections (imported or registered through the portal alike): per environment and
 * use (signing, encryption) the current certificate and a next one with the day DICTU/TVS switches to it, the rules
 * a next certificate and the metadata listing both must meet, what TVS uses on which day, and the daily step that
 * reminds the organisation's members ahead of the switch, switches and reminds them to remove the old certificate.
 */
package nl.dictu.tvs.portal.usecase.rollover;
