package cn.slaportal.persistence.version;

import cn.slaportal.core.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;

/** The editable part of a draft; the effective date may stay open until publication. */
public record SlaDraftContent(LocalizedText title, LocalizedText summary, LocalizedText body,
                              LocalDate effectiveFrom, boolean adverse) {

    public SlaDraftContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
    }
}
