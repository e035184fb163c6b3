package nl.dictu.tvs.portal.domain.document;

import nl.dictu.tvs.portal.domain.Sha256;
import nl.dictu.tvs.portal.domain.application.Application;
import nl.dictu.tvs.portal.domain.application.ApplicationContent;
import nl.dictu.tvs.portal.domain.application.ApplicationRepository;
import nl.dictu.tvs.portal.domain.application.AssuranceLevel;
import nl.dictu.tvs.portal.domain.application.ServiceDeclaration;
import nl.dictu.tvs.portal.domain.mail.OutboxMail;
import nl.dictu.tvs.portal.domain.mail.OutboxMailRepository;
import nl.dictu.tvs.portal.domain.organisation.Organisation;
import nl.dictu.tvs.portal.persistence.MigratedDatabase;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredDocumentRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-04-23T08:00:00Z");
    private static final byte[] PDF = "%PDF-1.7 sealed".getBytes(StandardCharsets.US_ASCII);

    private final MigratedDatabase db = MigratedDatabase.migrated();
    private final StoredDocumentRepository documents = new StoredDocumentRepository(db.em());

    @AfterEach
    void close() {
        db.close();
    }

    private long application() {
        ApplicationRepository applications = new ApplicationRepository(db.em());
        return db.inTransaction(em -> {
            Organisation org = new Organisation("00000001002220647000", "Gemeente Utrecht", NOW);
            em.persist(org);
            Application application = applications.save(Application.submitted(applications.nextReference(2026), org, "jan", NOW));
            applications.saveVersion(application.firstVersion(new ApplicationContent(
                    List.of(new ServiceDeclaration("Afvalpas", Set.of(AssuranceLevel.DIGID_BASIS))), false,
                    "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
                    "<md/>".getBytes(StandardCharsets.UTF_8), "2026.1"), "jan", NOW));
            return application.getId();
        });
    }

    private StoredDocument receipt(long applicationId, int round) {
        return new StoredDocument(applicationId, DocumentKind.RECEIPT, round, "nl", "TVS-2026-00001-receipt-nl.pdf",
                PDF, Sha256.hex(PDF), NOW);
    }

    @Test
    void shouldKeepTheBytesAndListTheDocumentWithoutThem() {
        long applicationId = application();

        db.inTransaction(em -> documents.save(receipt(applicationId, 1)));

        StoredDocument stored = documents.find(applicationId, DocumentKind.RECEIPT, 1).orElseThrow();
        assertThat(stored.getContent()).isEqualTo(PDF);
        assertThat(documents.summaries(applicationId)).singleElement().satisfies(summary -> {
            assertThat(summary.kind()).isEqualTo(DocumentKind.RECEIPT);
            assertThat(summary.size()).isEqualTo(PDF.length);
            assertThat(summary.sha256()).isEqualTo(Sha256.hex(PDF));
        });
    }

    @Test
    void shouldRefuseASecondDocumentOfTheSameKindAndRound() {
        long applicationId = application();
        db.inTransaction(em -> documents.save(receipt(applicationId, 1)));

        assertThatThrownBy(() -> db.inTransaction(em -> documents.save(receipt(applicationId, 1))))
                .isInstanceOf(PersistenceException.class);
        db.inTransaction(em -> documents.save(receipt(applicationId, 2)));
        assertThat(documents.latest(applicationId, DocumentKind.RECEIPT)).get()
                .extracting(StoredDocument::getRound).isEqualTo(2);
        assertThat(documents.countParts(applicationId)).isEqualTo(2);
    }

    @Test
    void shouldLetAnOutboxMailReferToItsAttachment() {
        long applicationId = application();
        long documentId = db.inTransaction(em -> documents.save(receipt(applicationId, 1)).getId());

        OutboxMailRepository outbox = new OutboxMailRepository(db.em());
        db.inTransaction(em -> outbox.queueOnce(new OutboxMail("k", "a@example.nl", "applicationReceived", "nl", "{}",
                NOW, documentId)));

        assertThat(outbox.findByKey("k").orElseThrow().getAttachmentDocumentId()).contains(documentId);
    }
}
