package nl.dictu.tvs.portal.usecase.announcement;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AtomWriterTest {

    private static AnnouncementView announcement(long id, String changedAt) {
        return new AnnouncementView(id, "MAINTENANCE", true, false, Instant.parse("2027-01-15T19:00:00Z"),
                Instant.parse("2027-01-15T22:00:00Z"), "Onderhoud <pre> & meer", "Maintenance <pre> & more", "Tekst", "Text",
                false, "henk", Instant.parse(changedAt));
    }

    @Test
    void shouldWriteAFeedWithIdUpdatedAuthorAndEntries() throws Exception {
        String xml = AtomWriter.write("Aankondigingen", "DICTU", List.of(announcement(3, "2026-12-01T10:00:00Z"),
                announcement(4, "2026-12-02T11:00:00Z")), List.of("Inhoud 3 <b>", "Inhoud 4"), "en", "https://tvs.example/announcements.atom?lang=en");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = document.getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id")).isEqualTo(AtomWriter.ID_PREFIX + ":en");
        assertThat(child(feed, "updated")).isEqualTo("2026-12-02T11:00:00Z");
        assertThat(feed.getElementsByTagNameNS(AtomWriter.NAMESPACE, "name").item(0).getTextContent()).isEqualTo("DICTU");
        var entries = feed.getElementsByTagNameNS(AtomWriter.NAMESPACE, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(child(first, "id")).isEqualTo(AtomWriter.ID_PREFIX + ":3:en");
        assertThat(child(first, "title")).isEqualTo("Maintenance <pre> & more");
        assertThat(child(first, "updated")).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(child(first, "content")).isEqualTo("Inhoud 3 <b>");
    }

    @Test
    void shouldGiveAnEmptyFeedAFixedUpdated() {
        assertThat(AtomWriter.write("A", "DICTU", List.of(), List.of(), "nl", "https://tvs.example/a"))
                .contains("<updated>1970-01-01T00:00:00Z</updated>").doesNotContain("<entry>");
    }

    private static String child(Element parent, String name) {
        return ((Element) parent.getElementsByTagNameNS(AtomWriter.NAMESPACE, name).item(0)).getTextContent();
    }
}
