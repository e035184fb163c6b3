/**
 * The ALB list (Autorisatielijst BSN-gerechtigden, kept by RvIG): the import format and its validator,
 * the {@link nl.dictu.tvs.portal.trust.alb.AlbRegister} the check reads, and the check that the applicant
 * is on it under the name its login button must show. The CSV layout is documented in docs/trust-checks.md.
 */
package nl.dictu.tvs.portal.trust.alb;
