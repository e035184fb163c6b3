package nl.dictu.tvs.portal.document.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextWrapperTest {

    private static PDDocument document;
    private static DocumentFonts fonts;
    private static FontFace face;

    @BeforeAll
    static void loadFont() throws IOException {
        document = new PDDocument();
        fonts = DocumentFonts.loadInto(document);
        face = fonts.regular();
    }

    @AfterAll
    static void close() throws IOException {
        fonts.close();
        document.close();
    }

    @Test
    void shouldKeepShortTextOnOneLine() {
        assertThat(TextWrapper.wrap("Gemeente Noordoostpolder", face, 10, 300)).containsExactly("Gemeente Noordoostpolder");
    }

    @Test
    void shouldWrapAtSpacesWithinTheWidth() {
        String text = "De uitlogknop is altijd zichtbaar en be\u00ebindigt de sessie van de gebruiker direct.";

        List<String> lines = TextWrapper.wrap(text, face, 10, 120);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(face.width(line, 10)).isLessThanOrEqualTo(120));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void shouldBreakAWordLongerThanTheLine() {
        String word = "urn:nl-eid-gdi:1.0:DV:00000001001234567000:entities:9000";

        List<String> lines = TextWrapper.wrap(word, face, 10, 80);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(line -> assertThat(face.width(line, 10)).isLessThanOrEqualTo(80));
        assertThat(String.join("", lines)).isEqualTo(word);
    }

    @Test
    void shouldStartANewLineAtALineBreak() {
        assertThat(TextWrapper.wrap("DigiD Midden\neHerkenning EH3", face, 10, 400))
                .containsExactly("DigiD Midden", "eHerkenning EH3");
    }

    @Test
    void shouldReplaceCharactersTheFontCannotShow() {
        assertThat(face.printable("ok \u4E2D\ttab \u0133")).isEqualTo("ok ? tab \u0133");
    }
}
