/** Shared leaf: the one message bundle and the one way to render its messages. */
package nl.dictu.tvs.portal.shared.i18n;
