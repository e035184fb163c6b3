package nl.dictu.tvs.portal.document.pdfa;

import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.OutputStream;

/**
 * xmpbox's serialiser with its output step kept: {@code XmpSerializer} calls
 * {@code TransformerFactory.newInstance()} on every document, a service-loader scan of the class
 * path plus a new (Saxon) factory, about a tenth of a receipt's time. This one builds the same DOM
 * with xmpbox's own methods and writes it with one transformer, set up once with the same output
 * properties, so the XMP bytes are unchanged. Not thread-safe: one per thread.
 */
final class XmpWriter extends XmpSerializer {

    private final DocumentBuilder builder;
    private final Transformer transformer;

    XmpWriter() {
        try {
            builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            transformer = TransformerFactory.newInstance().newTransformer();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("No XML parser or transformer for XMP", e);
        }
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    }

    @Override
    public void serialize(XMPMetadata metadata, OutputStream out, boolean withXpacket) throws TransformerException {
        Document document = builder.newDocument();
        Element rdf = createRdfElement(document, metadata, withXpacket);
        for (XMPSchema schema : metadata.getAllSchemas()) {
            rdf.appendChild(serializeSchema(document, schema));
        }
        transformer.transform(new DOMSource(document), new StreamResult(out));
    }
}
