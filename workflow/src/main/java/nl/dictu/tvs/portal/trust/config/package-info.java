/** How the server configures the trust checks: trust anchors from the environment, the ALB register. */
package nl.dictu.tvs.portal.trust.config;
