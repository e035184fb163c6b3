/** The daily run of the ICT security assessment watch on every node. */
package nl.dictu.tvs.portal.runtime.assessment;
