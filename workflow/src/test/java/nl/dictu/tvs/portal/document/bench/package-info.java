/**
 * A plain benchmark harness (a main, not a test) for document generation; see
 * {@code docs/documents.md} for how to run it.
 */
package nl.dictu.tvs.portal.document.bench;
