/** The web layer: Faces pages' backing beans, the REST API and the security configuration. */
package nl.dictu.tvs.portal.web;
