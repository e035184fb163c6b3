package nl.dictu.tvs.portal.usecase.application;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadFileNameTest {

    @Test
    void shouldKeepOnlyTheNameOfAPathThatABrowserOrScriptSends() {
        assertThat(UploadService.nameWithoutPath("C:\\Users\\eva\\metadata.xml")).isEqualTo("metadata.xml");
        assertThat(UploadService.nameWithoutPath("/home/eva/certificaat.pem")).isEqualTo("certificaat.pem");
        assertThat(UploadService.nameWithoutPath(" besluit RvIG.pdf ")).isEqualTo("besluit RvIG.pdf");
    }

    @Test
    void shouldNameAFileWithoutANameUpload() {
        assertThat(UploadService.nameWithoutPath(null)).isEqualTo("upload");
        assertThat(UploadService.nameWithoutPath("  ")).isEqualTo("upload");
        assertThat(UploadService.nameWithoutPath("map/")).isEqualTo("upload");
    }
}
