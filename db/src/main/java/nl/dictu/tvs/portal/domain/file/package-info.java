/**
 * Uploaded files: {@link nl.dictu.tvs.portal.domain.file.StoredFile} keeps the bytes, the type the
 * content proved to be, and the SHA-256, for the organisation that uploaded it.
 */
package nl.dictu.tvs.portal.domain.file;
