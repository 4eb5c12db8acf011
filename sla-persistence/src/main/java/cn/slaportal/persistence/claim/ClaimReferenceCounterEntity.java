package cn.slaportal.persistence.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last claim number handed out in a year; taken under its row lock. */
@Entity
@Table(name = "claim_reference_counter")
class ClaimReferenceCounterEntity {

    @Id
    @Column(name = "ref_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ClaimReferenceCounterEntity() {
    }

    ClaimReferenceCounterEntity(int year, long lastNumber) {
        this.year = year;
        this.lastNumber = lastNumber;
    }

    /** Counts one more claim of the year and returns its number. */
    long take() {
        lastNumber++;
        return lastNumber;
    }
}
