package cn.slaportal.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.catalog.ServiceLevel;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalculatorInputsTest {

    private static CalculatorForm form(String month, String fee, String billingDay, String incidentDate) {
        return new CalculatorForm("service-bus-relays", month, fee, incidentDate, billingDay, List.of("a"),
                List.of("40320"), List.of("41"), "", "", "", "", "", "");
    }

    @ParameterizedTest
    @CsvSource({"2026-02, true", "2026-13, false", "26-02, false", "1999-12, false", "'', false", "2026-2, false"})
    void acceptsOnlyRealYearMonths(String month, boolean valid) {
        FieldErrors errors = new FieldErrors();

        assertThat(CalculatorInputs.month(form(month, "1", "", ""), errors)).isEqualTo(
                valid ? java.util.Optional.of(YearMonth.parse(month)) : java.util.Optional.empty());
        assertThat(errors.has("month")).isEqualTo(!valid);
    }

    @ParameterizedTest
    @CsvSource({"1000.00, 1000.00", "'1,000.5', 1000.5", "¥12, 12", "0, 0"})
    void readsFeesWithAtMostTwoDecimals(String typed, String amount) {
        assertThat(CalculatorInputs.fee(form("2026-02", typed, "", ""), new FieldErrors())).contains(new BigDecimal(amount));
    }

    @ParameterizedTest
    @CsvSource({"12.345", "-5", "ten", "1e3", "''"})
    void refusesOtherFeesNextToTheFeeField(String typed) {
        FieldErrors errors = new FieldErrors();

        assertThat(CalculatorInputs.fee(form("2026-02", typed, "", ""), errors)).isEmpty();
        assertThat(errors.has("monthlyFee")).isTrue();
        assertThat(errors.get("monthlyFee").code()).isIn("calculator.error.fee", "calculator.error.required");
    }

    @ParameterizedTest
    @CsvSource({"1, true", "28, true", "29, false", "0, false", "x, false"})
    void billingDayRunsFrom1To28(String day, boolean valid) {
        FieldErrors errors = new FieldErrors();
        CalculatorInputs.billingDay(form("2026-02", "1", day, ""), errors);
        assertThat(errors.has("billingDay")).isEqualTo(!valid);
    }

    @Test
    void incidentDateMustExist() {
        FieldErrors errors = new FieldErrors();
        assertThat(CalculatorInputs.incidentDate(form("2026-02", "1", "", "2026-02-30"), errors)).isEmpty();
        assertThat(errors.get("incidentDate").code()).isEqualTo("calculator.error.date");
    }

    @Test
    void typedResourcesSkipEmptyRowsAndNameTheBadCell() {
        CalculatorForm form = new CalculatorForm("service-bus-relays", "2026-02", "1", "", "", List.of("a", "", "c"),
                List.of("100", "", "200"), List.of("1", "", "2.5"), "", "", "", "", "", "");
        FieldErrors errors = new FieldErrors();

        List<CreditEstimateRequest.Resource> resources = CalculatorInputs.resources(form, errors);

        assertThat(resources).hasSize(2);
        assertThat(errors.all()).extracting(java.util.Map.Entry::getKey).containsExactly("resourceDowntime[2]");
    }

    @Test
    void userMinutesNeedNoticeDaysOnlyWhenThereWasMaintenance() {
        ServiceLevel dynamics = ContentRules.level("dynamics-365", "dynamics-365-sales-enterprise");
        CalculatorForm withMaintenance = new CalculatorForm(dynamics.slug().value(), "2026-02", "1", "", "", null, null,
                null, "10", "60", "", "100", "", "");
        FieldErrors errors = new FieldErrors();

        CreditEstimateRequest request = CalculatorInputs.request(dynamics, YearMonth.of(2026, 2), null, BigDecimal.ONE,
                withMaintenance, errors);

        assertThat(errors.all()).extracting(java.util.Map.Entry::getKey).containsExactly("scheduledDowntimeNoticeDays");
        assertThat(request.users()).isEqualTo(10L);
        assertThat(request.resources()).isNull();
        assertThat(request.deployedMinutes()).isNull();
    }
}
