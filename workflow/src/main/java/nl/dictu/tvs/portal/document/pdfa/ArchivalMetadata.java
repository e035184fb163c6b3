package nl.dictu.tvs.portal.document.pdfa;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPMediaManagementSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;

/**
 * Makes a laid-out document a PDF/A document: XMP metadata that agrees with the information
 * dictionary, the sRGB output intent, the catalog /Lang, "display the title" for readers, and
 * a trailer /ID from the document ID. PDF/A forbids nothing the layout layer draws (no
 * transparency, only embedded fonts, DeviceRGB under an RGB output intent).
 */
public final class ArchivalMetadata {

    /** Dates in the document are Dutch local time; the offset is written with them. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * One serialiser per thread: its constructor looks up the XML factories through the service
     * loader, which scans the class path and took half the time of a receipt; it is not
     * thread-safe, so it cannot be shared.
     */
    private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(XmpSerializer::new);

    private ArchivalMetadata() {
    }

    public static void apply(PDDocument document, ArchiveDescription description) throws IOException {
        Calendar created = GregorianCalendar.from(description.created().atZone(ZONE));
        String language = description.language().toLanguageTag();

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(description.title());
        info.setSubject(description.subject());
        info.setAuthor(description.author());
        info.setCreator(description.creatorTool());
        info.setProducer(description.creatorTool());
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(description, created, language));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SrgbProfile.data()));
        intent.setInfo(SrgbProfile.IDENTIFIER);
        intent.setOutputCondition(SrgbProfile.IDENTIFIER);
        intent.setOutputConditionIdentifier(SrgbProfile.IDENTIFIER);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        COSArray id = new COSArray();
        id.add(new COSString(description.documentId()));
        id.add(new COSString(description.documentId()));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    private static byte[] xmp(ArchiveDescription description, Calendar created, String language) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();

        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(description.title());
        dc.setDescription(description.subject());
        dc.addCreator(description.author());
        dc.addLanguage(language);
        dc.setFormat("application/pdf");

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        basic.setCreatorTool(description.creatorTool());

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(description.creatorTool());

        XMPMediaManagementSchema mm = xmp.createAndAddXMPMediaManagementSchema();
        String uuid = "uuid:" + uuidText(description.documentId());
        mm.setDocumentID(uuid);
        mm.setInstanceID(uuid);

        PDFAIdentificationSchema pdfaId = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfaId.setPart(description.part().part());
            pdfaId.setConformance(description.part().conformance());
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A conformance level rejected by xmpbox", e);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            SERIALIZER.get().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot serialise XMP metadata", e);
        }
        return out.toByteArray();
    }

    private static String uuidText(byte[] id) {
        String hex = HexFormat.of().formatHex(id);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }
}
