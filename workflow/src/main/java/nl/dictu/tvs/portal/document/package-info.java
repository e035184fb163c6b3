/**
 * The PDFs the portal issues: the input records (plain data, independent of the JPA model and the
 * process), the {@link nl.dictu.tvs.portal.document.service.DocumentService} facade that turns them into
 * sealed PDF/A bytes, and the result {@link nl.dictu.tvs.portal.document.IssuedDocument}.
 *
 * <p>Subpackages: {@code layout} (a small page layout layer on PDFBox), {@code pdfa} (archival
 * metadata, output intent, associated files), {@code seal} (PAdES seal and its verifier) and
 * {@code generate} (one generator per document type).
 */
package nl.dictu.tvs.portal.document;
