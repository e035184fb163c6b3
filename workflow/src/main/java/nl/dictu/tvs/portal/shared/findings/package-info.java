/**
 * Findings written for a person: {@link nl.dictu.tvs.portal.shared.findings.FindingText} is the one place
 * that turns a trust-check finding into text (the bundle's {@code finding.<CODE>}, OINs with the
 * organisation's name, certificate subjects as organisation and OIN, instants in Dutch time and the
 * reader's date format, and the ALB finding resolved by an accepted RvIG decision);
 * {@link nl.dictu.tvs.portal.shared.findings.FindingTexts} feeds it the organisation names the portal knows.
 */
package nl.dictu.tvs.portal.shared.findings;
