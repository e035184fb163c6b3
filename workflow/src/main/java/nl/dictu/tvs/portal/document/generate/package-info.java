/**
 * One generator per document type (receipt, checklist assessment, preproduction approval,
 * production confirmation, dossier), the sections they lay out, and the pipeline they share:
 * lay out, make PDF/A, seal, hash. Also the canonical JSON of the input, which both derives the
 * document ID and is embedded in the dossier.
 */
package nl.dictu.tvs.portal.document.generate;
