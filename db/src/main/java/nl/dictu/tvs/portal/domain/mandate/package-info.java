/** A served organisation's mandates to suppliers (Leverancier Clusteraansluiting) to act in its name. */
package nl.dictu.tvs.portal.domain.mandate;
