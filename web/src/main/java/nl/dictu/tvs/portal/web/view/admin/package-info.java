/** Backing beans of the pages under /admin. */
package nl.dictu.tvs.portal.web.view.admin;
