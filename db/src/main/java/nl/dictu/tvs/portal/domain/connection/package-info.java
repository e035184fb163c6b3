/** Live connections (through the portal or imported), the items of each that can expire, and the notices sent about them. */
package nl.dictu.tvs.portal.domain.connection;
