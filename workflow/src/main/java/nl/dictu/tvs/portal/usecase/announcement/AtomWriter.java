package nl.dictu.tvs.portal.usecase.announcement;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The announcements as an Atom feed (RFC 4287): the feed's id, title, updated (the latest change)
 * and author, a self link; an entry per announcement with a stable id, title, updated and text
 * content. The XML writer escapes every text.
 */
public final class AtomWriter {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** Feed and entry ids: a tag URI (RFC 4151) that never changes with the portal's address. */
    static final String ID_PREFIX = "tag:tvs-aansluitportaal.dictu.nl,2026:announcements";

    private AtomWriter() {
    }

    /**
     * @param contents the content of each announcement, in the same order
     * @param selfLink the feed's own address
     */
    public static String write(String feedTitle, String author, List<AnnouncementView> announcements, List<String> contents,
                               String language, String selfLink) {
        Instant updated = announcements.stream().map(AnnouncementView::changedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
            element(xml, "id", ID_PREFIX + ":" + language);
            element(xml, "title", feedTitle);
            element(xml, "updated", updated.toString());
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("href", selfLink);
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            for (int i = 0; i < announcements.size(); i++) {
                AnnouncementView a = announcements.get(i);
                xml.writeStartElement("entry");
                element(xml, "id", ID_PREFIX + ":" + a.id() + ":" + language);
                element(xml, "title", a.title(language));
                element(xml, "updated", a.changedAt().toString());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(contents.get(i));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
