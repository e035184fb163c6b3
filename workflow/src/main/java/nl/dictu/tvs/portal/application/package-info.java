/**
 * The application services: the only entry points of the web layer into applications and tasks.
 * Each call is one transaction, checks who may do it, and writes an audit event for every decision
 * and state change.
 */
package nl.dictu.tvs.portal.application;
