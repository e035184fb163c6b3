package nl.dictu.tvs.portal.trust.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The SAML 2.0 metadata schema with its imports (assertion, xmldsig, xenc, xml.xsd), read from the
 * classpath once; imports are resolved by file name from the same folder, never over the network.
 */
final class MetadataSchema {

    private static final String FOLDER = "/nl/dictu/tvs/portal/trust/metadata/schema/";
    private static final String ROOT = "saml-schema-metadata-2.0.xsd";
    private static final int MAX_REPORTED_ERRORS = 5;
    private static final Schema SCHEMA = load();
    // A validator is not thread-safe but may be reused; making one per document cost as much as validating.
    private static final ThreadLocal<Validator> VALIDATOR = ThreadLocal.withInitial(MetadataSchema::newValidator);

    private MetadataSchema() {
    }

    /**
     * The schema errors of the parsed document, at most a few; empty when it is valid. Validating the DOM the
     * hardened parser built (it refused DOCTYPEs) costs less than parsing the bytes a second time, and the
     * document is only read, never changed.
     */
    static List<String> validate(Document document) {
        List<String> errors = new ArrayList<>();
        Validator validator = VALIDATOR.get();
        validator.setErrorHandler(new Collector(errors));
        try {
            validator.validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            if (errors.isEmpty()) {
                errors.add(String.valueOf(e.getMessage()));
            }
        } finally {
            validator.setErrorHandler(null);
        }
        return errors;
    }

    private static Validator newValidator() {
        Validator validator = SCHEMA.newValidator();
        try {
            // Instance documents may not pull in schemas or DTDs of their own.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The schema validator cannot be locked down", e);
        }
        return validator;
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

    private record Collector(List<String> errors) implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // Schema warnings do not make metadata unusable.
        }

        @Override
        public void error(SAXParseException exception) {
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(exception.getMessage());
            }
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            error(exception);
            throw exception;
        }
    }
}
