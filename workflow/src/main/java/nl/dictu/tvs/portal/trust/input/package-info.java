/** Reading uploaded bytes safely: a size cap before anything is parsed, and strict UTF-8 decoding. */
package nl.dictu.tvs.portal.trust.input;
