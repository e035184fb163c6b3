package nl.dictu.tvs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The build writes a CycloneDX software bill of materials of everything the portal ships, the WAR's own libraries
 * included (the parent project's {@code cyclonedx-maven-plugin}, {@code target/tvs-aansluitportaal-sbom.json}).
 */
@Tag("h2-only")
class SoftwareBillOfMaterialsIT {

    private static final Path SBOM = Path.of("..", "target", "tvs-aansluitportaal-sbom.json");

    @Test
    void shouldListEveryShippedLibraryWithVersionAndHash() throws IOException {
        assertThat(SBOM).as("written by the build's package phase").exists();
        JsonObject bom;
        try (InputStream in = Files.newInputStream(SBOM); JsonReader reader = Json.createReader(in)) {
            bom = reader.readObject();
        }

        assertThat(bom.getString("bomFormat")).isEqualTo("CycloneDX");
        List<JsonObject> components = bom.getJsonArray("components").getValuesAs(JsonObject.class);
        assertThat(components).extracting(component -> component.getString("name"))
                .contains("primefaces", "camunda-engine", "pdfbox", "xmlsec", "bcprov-jdk18on", "flyway-core", "tvs-workflow");
        assertThat(components).allSatisfy(component -> {
            assertThat(component.getString("version", "")).as(component.getString("name")).isNotBlank();
            assertThat(component.getString("purl", "")).as(component.getString("name")).startsWith("pkg:maven/");
        });
        assertThat(components).filteredOn(component -> component.getString("name").equals("primefaces"))
                .singleElement().satisfies(primefaces -> assertThat(primefaces.getJsonArray("hashes").getValuesAs(JsonObject.class))
                        .extracting(hash -> hash.getString("alg")).contains("SHA-256"));
        assertThat(components).noneMatch(component -> isTestOnly(component.getString("name")));
    }

    private static boolean isTestOnly(String name) {
        return List.of("junit-jupiter-api", "assertj-core", "selenium-java", "greenmail").contains(name);
    }
}
