/**
 * Issuing the documents as the process reaches their steps: the one mapping from the domain to the
 * document records ({@link nl.dictu.tvs.portal.usecase.documents.DocumentAssembler}), and the store that
 * issues each document once per application, type and round and reuses it on a retry.
 */
package nl.dictu.tvs.portal.usecase.documents;
