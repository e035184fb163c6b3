/** Backing beans of the pages under /reviewer. */
package nl.dictu.tvs.portal.web.view.reviewer;
