/**
 * Cluster connections of suppliers: the aansluitbestand (every member of a connection per environment,
 * connected and disconnected) read from and written to XLSX and CSV, and what the supplier and DICTU do with it;
 * the cluster application's members with what is each one's own: the RvIG decision of a member not on the ALB
 * list (verified per member in {@code verifyAlbDecision}) and its own checklist answers.
 */
package nl.dictu.tvs.portal.usecase.cluster;
