package nl.dictu.tvs.portal.usecase.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VersionFieldsTest {

    private static DossierView.Version version(int number, Map<String, String> fields) {
        return new DossierView.Version(number, Instant.EPOCH, "anne", new LinkedHashMap<>(fields));
    }

    @Test
    void shouldListChangedAddedAndRemovedFieldsBetweenConsecutiveVersions() {
        DossierView.Version first = version(1, Map.of("dossier.field.service:Afvalpas", "DIGID_BASIS",
                "dossier.field.eenmaligInloggen", "false"));
        DossierView.Version second = version(2, Map.of("dossier.field.service:Afvalpas", "DIGID_MIDDEN",
                "dossier.field.eenmaligInloggen", "false", "dossier.field.productionMetadataSha256", "ab12"));
        DossierView.Version third = version(3, Map.of("dossier.field.eenmaligInloggen", "false",
                "dossier.field.productionMetadataSha256", "ab12"));

        List<DossierView.Difference> differences = VersionFields.differences(List.of(first, second, third));

        assertThat(differences).containsExactlyInAnyOrder(
                new DossierView.Difference(1, 2, "dossier.field.service:Afvalpas", "DIGID_BASIS", "DIGID_MIDDEN"),
                new DossierView.Difference(1, 2, "dossier.field.productionMetadataSha256", null, "ab12"),
                new DossierView.Difference(2, 3, "dossier.field.service:Afvalpas", "DIGID_MIDDEN", null));
    }

    @Test
    void shouldFindNoDifferencesInASingleVersion() {
        assertThat(VersionFields.differences(List.of(version(1, Map.of("a", "b"))))).isEmpty();
    }
}
