/** The rules of administration that need no database: who may change which account how, one-time passwords. */
package nl.dictu.tvs.portal.admin;
