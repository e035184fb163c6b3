/**
 * Cluster connections of suppliers: the organisations a cluster application serves, each one's own RvIG decision
 * and checklist answers, and the aansluitbestand, every member of a connection per environment, connected and
 * disconnected.
 */
package nl.dictu.tvs.portal.domain.cluster;
