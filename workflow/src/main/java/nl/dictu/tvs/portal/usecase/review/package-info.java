/** Use case: DICTU's work: the reviewer task list, the reviewer's dossier, decisions with four eyes, hand-over and failed jobs. */
package nl.dictu.tvs.portal.usecase.review;
