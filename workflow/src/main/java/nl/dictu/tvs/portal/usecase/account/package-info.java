/** Use case: signing in (credentials against stored accounts, lock-out bookkeeping) and the first admin account from the environment. */
package nl.dictu.tvs.portal.usecase.account;
