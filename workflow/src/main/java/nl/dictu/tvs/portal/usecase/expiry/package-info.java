/**
 * The expiry watch over live connections: what of each connection expires (certificates, the metadata's
 * validUntil), the reminders at 60, 30 and 7 days to the organisation's members, the follow-up of an
 * expired item by a reviewer, the reviewers' list of what expires in the next 90 days, and the import of
 * DICTU's administration of connections that were live before the portal.
 */
package nl.dictu.tvs.portal.usecase.expiry;
