/** Shared leaf: the one JSON writer and reader, on Jakarta JSON Processing. */
package nl.dictu.tvs.portal.shared.json;
