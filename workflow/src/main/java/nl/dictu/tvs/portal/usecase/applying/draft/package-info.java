/**
 * The wizard's draft as the pages edit it and the rules it must meet before it is submitted: its
 * content (kept as typed, errors included), its JSON form, and the errors per step and field.
 */
package nl.dictu.tvs.portal.usecase.applying.draft;
