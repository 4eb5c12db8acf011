package cn.slaportal.persistence.version;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/** The repository slice on the migrated H2 schema (MySQL mode kept: no replacement database). */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SlaVersionRepositoryTest {

    @Autowired
    SlaDocumentRepository documents;
    @Autowired
    SlaVersionRepository versions;

    @Test
    void numbersCountPerDocument() {
        SlaDocumentEntity document = documents.save(new SlaDocumentEntity("slice-doc", Instant.parse("2026-01-01T00:00:00Z")));
        versions.save(version(document, 1, LocalDate.of(2026, 1, 1)));
        versions.save(version(document, 2, LocalDate.of(2026, 2, 1)));
        versions.save(version(document, 3, LocalDate.of(2026, 2, 1)));

        assertThat(versions.maxNumber("slice-doc")).isEqualTo(3);
        assertThat(versions.maxNumber("no-such-document")).isZero();
    }

    private static SlaVersionEntity version(SlaDocumentEntity document, int number, LocalDate effective) {
        return new SlaVersionEntity(document, new NewSlaVersion("slice-doc", number, new LocalizedText("T", "标题"),
                new LocalizedText("S", "摘要"), new LocalizedText("## 1. A", "## 1. 甲"), Instant.parse("2026-01-01T00:00:00Z"),
                effective, false, "admin", VersionOrigin.ADMIN, Fixtures.RULES), "hash-" + number);
    }
}
