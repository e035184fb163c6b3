/** The nightly run that applies the retention of each kind of data (usecase.administration.DataRetention). */
package nl.dictu.tvs.portal.runtime.retention;
