/** Settings an admin changes in the portal itself, one value per key. */
package nl.dictu.tvs.portal.domain.setting;
