/**
 * Use case: the trust checks run on an application version (OIN, certificate, metadata, ALB) by the process and live for the applicant.
 */
package nl.dictu.tvs.portal.usecase.checking;
