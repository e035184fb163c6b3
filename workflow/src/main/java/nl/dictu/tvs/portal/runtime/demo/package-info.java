/** Demo mode: the accounts and sample data a newcomer gets on an empty embedded database. */
package nl.dictu.tvs.portal.runtime.demo;
