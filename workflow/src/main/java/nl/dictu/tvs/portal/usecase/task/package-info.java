/**
 * Use case slice at the bottom of the slices: the open tasks of an application and completing one (four eyes, already handled), shared by the applicant's and the reviewer's slices.
 */
package nl.dictu.tvs.portal.usecase.task;
