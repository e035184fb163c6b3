/** Backing beans of the pages shared by all roles; sub-packages mirror the page paths. */
package nl.dictu.tvs.portal.web.view;
