package nl.dictu.tvs.portal.trust.metadata;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The SAML 2.0 metadata schema with its imports (assertion, xmldsig, xenc, xml.xsd), read from the
 * classpath once; imports are resolved by file name from the same folder, never over the network.
 */
final class MetadataSchema {

    private static final String FOLDER = "/nl/dictu/tvs/portal/trust/metadata/schema/";
    private static final String ROOT = "saml-schema-metadata-2.0.xsd";
    private static final Schema SCHEMA = load();

    private MetadataSchema() {
    }

    /**
     * The compiled schema, thread-safe and shared; {@link SecureXmlParser} validates with it while parsing.
     * Instance documents cannot pull in schemas or DTDs of their own: the parser refuses DOCTYPEs and external
     * schema access, and the factory below resolves only the shipped files.
     */
    static Schema schema() {
        return SCHEMA;
    }

    private static Schema load() {
        try (InputStream root = MetadataSchema.class.getResourceAsStream(FOLDER + ROOT)) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setResourceResolver(new ClasspathResolver());
            StreamSource source = new StreamSource(root, ROOT);
            return factory.newSchema(source);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The shipped SAML metadata schema cannot be loaded", e);
        }
    }

    /** Resolves schema imports to the shipped copies by their file name. */
    private static final class ClasspathResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                throw new IllegalStateException("Schema import without location for " + namespace);
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            InputStream stream = MetadataSchema.class.getResourceAsStream(FOLDER + name);
            if (stream == null) {
                throw new IllegalStateException("Schema " + name + " is not shipped");
            }
            return new SchemaInput(publicId, name, stream);
        }
    }
}
