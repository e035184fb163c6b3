/**
 * Use case: filling in the wizard "Aansluiten op TVS" as a draft with live checks, up to its submission.
 */
package nl.dictu.tvs.portal.usecase.applying;
