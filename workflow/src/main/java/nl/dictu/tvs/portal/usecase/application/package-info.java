/**
 * Use case: an application as its applicant follows it (status, milestones, dossier, checklist,
 * uploads) and the applicant's commands on it (submission, correction, production request, withdrawal).
 * Each call is one transaction, checks who may do it, and writes an audit event for every decision
 * and state change.
 */
package nl.dictu.tvs.portal.usecase.application;
