package cn.slaportal.persistence.claim;

import cn.slaportal.core.claim.CitedExclusion;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

@Embeddable
class CitedExclusionValue {

    @Column(name = "exclusion_code", nullable = false, length = 32)
    private String code;

    @Column(name = "excluded_minutes")
    private Long excludedMinutes;

    protected CitedExclusionValue() {
    }

    CitedExclusionValue(CitedExclusion exclusion) {
        this.code = exclusion.code();
        this.excludedMinutes = exclusion.excludedMinutes().orElse(null);
    }

    CitedExclusion toRecord() {
        return new CitedExclusion(code, Optional.ofNullable(excludedMinutes));
    }
}
