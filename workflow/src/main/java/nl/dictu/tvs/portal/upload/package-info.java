/**
 * Inspection of uploaded bytes before anything keeps them: the size limit of their purpose and the
 * type their content proves, never the name or the browser's claim.
 */
package nl.dictu.tvs.portal.upload;
