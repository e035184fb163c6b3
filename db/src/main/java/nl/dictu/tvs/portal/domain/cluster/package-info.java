/**
 * Cluster connections of suppliers: the organisations a cluster application serves and the aansluitbestand,
 * every member of a connection per environment, connected and disconnected.
 */
package nl.dictu.tvs.portal.domain.cluster;
