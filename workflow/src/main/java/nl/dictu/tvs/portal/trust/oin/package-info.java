/**
 * The OIN (Organisatie-identificatienummer): format, prefix table, suffix layout and the elfproef on the
 * RSIN inside {@code 00000001} OINs, plus an optional, off-by-default lookup in Logius' OIN register (COR).
 */
package nl.dictu.tvs.portal.trust.oin;
