/**
 * Mandates: a served organisation lets a supplier (Leverancier Clusteraansluiting) act in its name, sees what
 * the supplier did for it and revokes the mandate; every supplier action for another organisation needs one.
 */
package nl.dictu.tvs.portal.usecase.mandate;
