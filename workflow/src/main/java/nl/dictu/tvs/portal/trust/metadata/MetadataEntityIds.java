package nl.dictu.tvs.portal.trust.metadata;

import java.util.Optional;

/** The entityID of uploaded metadata, read with the same hardened parser the checks use. */
public final class MetadataEntityIds {

    private MetadataEntityIds() {
    }

    /** The root element's {@code entityID}; empty when the bytes are no usable metadata. */
    public static Optional<String> of(byte[] metadata) {
        return new SecureXmlParser().parse(metadata).document()
                .flatMap(document -> Dom.attribute(document.getDocumentElement(), "entityID"));
    }
}
