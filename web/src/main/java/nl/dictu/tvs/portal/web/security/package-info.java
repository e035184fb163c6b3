/** Sign-in, sign-out, session lifetime and security headers. */
package nl.dictu.tvs.portal.web.security;
