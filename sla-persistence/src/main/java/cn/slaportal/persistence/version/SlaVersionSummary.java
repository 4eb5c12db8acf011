package cn.slaportal.persistence.version;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.version.SlaVersion;
import java.time.Instant;
import java.time.LocalDate;

/** A published version without its text: enough for history lists, banners, feeds and the API. */
public record SlaVersionSummary(String document, int number, LocalizedText title, LocalizedText summary,
                                Instant publishedAt, LocalDate effectiveFrom, boolean adverse,
                                String publishedBy, VersionOrigin origin) {

    /** The core value that the version rules (in force, governing, notice) work on. */
    public SlaVersion toCore() {
        return new SlaVersion(number, publishedAt, effectiveFrom, adverse);
    }
}
