/**
 * The seal on every issued document: a PAdES baseline B signature (SubFilter
 * ETSI.CAdES.detached, SHA-256, CMS with the signing-certificate-v2 attribute) made with DICTU's
 * sealing key, added in an incremental save so the PDF/A document underneath stays intact; where
 * the key comes from ({@link nl.dictu.tvs.portal.document.seal.SealingKeySource}); and the
 * verifier that tells whether a stored document still carries a valid seal.
 */
package nl.dictu.tvs.portal.document.seal;
