package cn.slaportal.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.billing.Money;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicableFeeTest {

    @ParameterizedTest(name = "fee {0}, suite share {1}, reseller retail {2} -> {3} {4}")
    @CsvSource({
            "1000.00, ,        ,        1000.00, MONTHLY_FEE",
            "1000.00, 400.00,  ,        400.00,  SUITE_PRO_RATA_SHARE",
            "1000.00, ,        1200.00, 1200.00, RESELLER_ESTIMATED_RETAIL_PRICE",
            "1000.00, 400.00,  1200.00, 1200.00, RESELLER_ESTIMATED_RETAIL_PRICE",
            "0.00,    ,        ,        0.00,    MONTHLY_FEE"})
    void theResellerRetailPriceWinsThenTheSuiteShareThenTheFee(String fee, String suiteShare, String retail,
            String expected, FeeBasis basis) {
        ApplicableFee applicable = ApplicableFee.of(Money.cny(fee), Optional.ofNullable(suiteShare).map(Money::cny),
                Optional.ofNullable(retail).map(Money::cny));
        assertThat(applicable.amount()).isEqualTo(Money.cny(expected));
        assertThat(applicable.basis()).isEqualTo(basis);
        assertThat(applicable.paidThroughReseller()).isEqualTo(basis == FeeBasis.RESELLER_ESTIMATED_RETAIL_PRICE);
    }
}
