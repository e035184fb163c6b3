/** DICTU's announcements on pages: the banner, the public page and the feeds. */
package nl.dictu.tvs.portal.web.view.announcement;
