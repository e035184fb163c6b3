package nl.dictu.tvs.portal.trust.metadata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 */
final class SecureXmlParser {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final DocumentBuilderFactory FACTORY = newFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXmlParser::newBuilder);
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make a document unusable.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

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
        if (!text.get().strip().startsWith("<")) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_NOT_XML));
        }
        if (text.get().contains("<!DOCTYPE")) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_DOCTYPE_FORBIDDEN));
        }
        try {
            DocumentBuilder builder = BUILDER.get();
            builder.reset();
            builder.setErrorHandler(SILENT);
            return ParsedXml.of(builder.parse(new ByteArrayInputStream(content)));
        } catch (SAXParseException e) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_NOT_WELL_FORMED, e.getLineNumber(), e.getColumnNumber())
                    .withEvidence("line", e.getLineNumber()).withEvidence("column", e.getColumnNumber())
                    .withEvidence("reason", String.valueOf(e.getMessage())));
        } catch (SAXException | IOException e) {
            return ParsedXml.failed(Finding.of(FindingCode.METADATA_NOT_WELL_FORMED, 0, 0)
                    .withEvidence("reason", String.valueOf(e.getMessage())));
        }
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
        try {
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

    /** A parsed document or the finding that says why there is none. */
    record ParsedXml(Optional<Document> document, Optional<Finding> problem) {

        static ParsedXml of(Document document) {
            return new ParsedXml(Optional.of(document), Optional.empty());
        }

        static ParsedXml failed(Finding problem) {
            return new ParsedXml(Optional.empty(), Optional.of(problem));
        }
    }
}
