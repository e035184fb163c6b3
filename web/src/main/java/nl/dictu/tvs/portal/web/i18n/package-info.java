/** The user's language: Dutch by default, English on request, remembered in a cookie. */
package nl.dictu.tvs.portal.web.i18n;
