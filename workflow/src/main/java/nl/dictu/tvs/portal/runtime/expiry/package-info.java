/** The daily run of the expiry watch over live connections. */
package nl.dictu.tvs.portal.runtime.expiry;
