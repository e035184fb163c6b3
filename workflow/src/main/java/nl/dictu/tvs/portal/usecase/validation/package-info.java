/**
 * The public metadata validator: the full trust check (OIN, certificate if given, signed metadata,
 * environment, Eenmalig Inloggen) on uploads of any signed-in user, without an application and
 * without keeping the files. The page "Controleer uw metadata" and the API's
 * {@code /api/v1/metadata-checks} share {@link nl.dictu.tvs.portal.usecase.validation.MetadataValidation}.
 */
package nl.dictu.tvs.portal.usecase.validation;
