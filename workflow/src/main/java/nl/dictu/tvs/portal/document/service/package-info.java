/**
 * The document pipeline's entry point: generate a PDF/A document from its data, seal it, verify a seal.
 */
package nl.dictu.tvs.portal.document.service;
