/**
 * Cluster connections of suppliers: the aansluitbestand (every member of a connection per environment,
 * connected and disconnected) read from and written to XLSX and CSV, and what the supplier and DICTU do with it.
 */
package nl.dictu.tvs.portal.usecase.cluster;
