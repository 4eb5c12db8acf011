package cn.slaportal.persistence.subscription;

import cn.slaportal.core.billing.Money;
import java.util.Objects;

/** The reseller a subscription was bought through, and the estimated retail price credits are computed on. */
public record Reseller(String name, Money estimatedRetailPrice) {

    public Reseller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(estimatedRetailPrice, "estimatedRetailPrice");
    }
}
