package nl.dictu.tvs.portal.usecase.validation;

import nl.dictu.tvs.portal.trust.metadata.Environment;

import java.util.Objects;
import java.util.Optional;

/**
 * What to validate: the OIN the metadata is meant for, the environment, whether the service joins
 * Eenmalig Inloggen, the metadata upload and, optionally, the certificate upload (PEM or DER), each
 * with the file name the person chose (for messages).
 */
public record MetadataValidationRequest(String oin, Environment environment, boolean eenmaligInloggen,
                                        Upload metadata, Optional<Upload> certificate) {

    public MetadataValidationRequest {
        oin = oin == null ? "" : oin.strip();
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(certificate, "certificate");
    }

    /** One uploaded file: its name as chosen and its bytes. */
    public record Upload(String fileName, byte[] content) {

        public Upload {
            content = content == null ? new byte[0] : content;
        }
    }
}
