package nl.dictu.tvs.portal.trust.metadata;

import java.io.InputStream;
import java.io.Reader;

import org.w3c.dom.ls.LSInput;

/** A schema file handed to the schema factory from the classpath. */
final class SchemaInput implements LSInput {

    private String publicId;
    private String systemId;
    private InputStream byteStream;

    SchemaInput(String publicId, String systemId, InputStream byteStream) {
        this.publicId = publicId;
        this.systemId = systemId;
        this.byteStream = byteStream;
    }

    @Override
    public Reader getCharacterStream() {
        return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {
        throw new IllegalStateException("schemas are handed over as byte streams only");
    }

    @Override
    public InputStream getByteStream() {
        return byteStream;
    }

    @Override
    public void setByteStream(InputStream byteStream) {
        this.byteStream = byteStream;
    }

    @Override
    public String getStringData() {
        return null;
    }

    @Override
    public void setStringData(String stringData) {
        throw new IllegalStateException("schemas are handed over as byte streams only");
    }

    @Override
    public String getSystemId() {
        return systemId;
    }

    @Override
    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }

    @Override
    public String getPublicId() {
        return publicId;
    }

    @Override
    public void setPublicId(String publicId) {
        this.publicId = publicId;
    }

    @Override
    public String getBaseURI() {
        return null;
    }

    @Override
    public void setBaseURI(String baseURI) {
        // The shipped schemas resolve by file name; a base URI is never used.
    }

    @Override
    public String getEncoding() {
        return null;
    }

    @Override
    public void setEncoding(String encoding) {
        // The shipped schemas declare their own encoding.
    }

    @Override
    public boolean getCertifiedText() {
        return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {
        // Not used.
    }
}
