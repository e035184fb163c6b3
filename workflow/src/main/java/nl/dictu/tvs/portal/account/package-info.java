/** Signing in: checks credentials against stored accounts and keeps the lock-out bookkeeping. */
package nl.dictu.tvs.portal.account;
