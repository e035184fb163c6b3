package nl.dictu.tvs.portal.trust.metadata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nl.dictu.tvs.portal.trust.finding.Finding;
import nl.dictu.tvs.portal.trust.finding.FindingCode;
import nl.dictu.tvs.portal.trust.input.SizeLimit;
import nl.dictu.tvs.portal.trust.input.StrictUtf8;

/**
 * Parses uploaded metadata with everything dangerous off: no DOCTYPE at all (so no external entities and
 * no entity expansion bombs), no XInclude, no external DTD or schema access, secure processing on. The
 * input must be UTF-8 and at most 1 MiB. The factory is built once; builders are reused per thread.
 *
 * <p>The SAML metadata schema is checked in the same pass ({@link MetadataSchema}): the parser hands each
 * event to the schema validator before it builds the DOM, which costs far less than walking the finished DOM
 * a second time. The validator may not touch the tree the signature covers: schema normalisation of values
 * and schema default values are off, so the DOM holds exactly the characters of the file.
 */
final class SecureXmlParser {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final DocumentBuilderFactory FACTORY = newFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXmlParser::newBuilder);
    private static final int MAX_REPORTED_SCHEMA_ERRORS = 5;

    ParsedXml parse(byte[] content) {
        if (content == null || content.length == 0) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_MISSING));
        }
        if (SizeLimit.exceeds(content)) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_TOO_LARGE, content.length, SizeLimit.MAX_UPLOAD_BYTES)
                    .withEvidence("bytes", content.length));
        }
        Optional<String> text = StrictUtf8.decode(content);
        if (text.isEmpty() || !declaresUtf8OrNothing(text.get())) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_ENCODING_INVALID));
        }
        if (!startsWithMarkup(text.get())) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_NOT_XML));
        }
        if (text.get().contains("<!DOCTYPE")) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_DOCTYPE_FORBIDDEN));
        }
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            SchemaErrors schemaErrors = new SchemaErrors(new ArrayList<>());
            builder.setErrorHandler(schemaErrors);
            try {
                return ParsedXml.of(builder.parse(new ByteArrayInputStream(content)), schemaErrors.messages());
            } finally {
                builder.setErrorHandler(null);
            }
        } catch (SAXParseException e) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_NOT_WELL_FORMED, e.getLineNumber(), e.getColumnNumber())
                    .withEvidence("line", e.getLineNumber()).withEvidence("column", e.getColumnNumber())
                    .withEvidence("reason", String.valueOf(e.getMessage())));
        } catch (SAXException | IOException e) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_NOT_WELL_FORMED, 0, 0)
                    .withEvidence("reason", String.valueOf(e.getMessage())));
        }
    }

    /** Whether the first character after any leading whitespace is {@code <} (without copying the text). */
    private static boolean startsWithMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    private static boolean declaresUtf8OrNothing(String text) {
        Matcher matcher = DECLARED_ENCODING.matcher(text);
        return !matcher.find() || "UTF-8".equalsIgnoreCase(matcher.group(1));
    }

    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setIgnoringComments(false);
        factory.setSchema(MetadataSchema.schema());
        try {
            // The validator reports; it never rewrites what the signature covers.
            factory.setFeature("http://apache.org/xml/features/validation/schema/normalized-value", false);
            factory.setFeature("http://apache.org/xml/features/validation/schema/element-default", false);
            factory.setFeature("http://apache.org/xml/features/validation/schema/augment-psvi", false);
            // Every node is read (signature shape, canonicalisation, rules): building them at once is cheaper than
            // Xerces' default of recording them first and building each when it is first visited.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser does not support the features metadata parsing needs", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The hardened XML parser cannot be created", e);
        }
    }

    /**
     * Schema errors are collected (the first few, as the validator words them); a well-formedness error ends
     * the parse. Without a DOCTYPE, every recoverable error comes from the schema.
     */
    private record SchemaErrors(List<String> messages) implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make a document unusable.
        }

        @Override
        public void error(SAXParseException exception) {
            if (messages.size() < MAX_REPORTED_SCHEMA_ERRORS) {
                messages.add(exception.getMessage());
            }
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    /** A parsed document with its schema errors (empty when valid), or the finding that says why there is none. */
    record ParsedXml(Optional<Document> document, List<String> schemaErrors, Optional<Finding> problem) {

        ParsedXml {
            schemaErrors = List.copyOf(schemaErrors);
        }

        static ParsedXml of(Document document, List<String> schemaErrors) {
            return new ParsedXml(Optional.of(document), schemaErrors, Optional.empty());
        }

        static ParsedXml failed(Finding problem) {
            return new ParsedXml(Optional.empty(), List.of(), Optional.of(problem));
        }
    }
}
