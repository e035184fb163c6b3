/** Queries behind DICTU's work: the reviewer tasks that are open. */
package nl.dictu.tvs.portal.review;
