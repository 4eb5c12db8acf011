package cn.slaportal.web.credit;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.web.locale.LocalizedFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /calculator}: the credit calculator page. A plain form (POST, multipart for the optional probe log)
 * that works without JavaScript: "show fields" re-renders the form for another service level, "add a
 * resource" adds a row, "calculate" computes. Input is always shown again; errors appear next to their field
 * (and the page answers 400).
 */
@Controller
class CalculatorController {

    static final String VIEW = "calculator/calculator";
    static final String ACTION_CALCULATE = "calculate";
    static final String ACTION_ADD_ROW = "add-row";
    static final String ACTION_SWITCH = "switch";

    private final CalculatorService calculator;
    private final Clock clock;
    private final LocalizedFormats formats;

    CalculatorController(CalculatorService calculator, Clock clock, LocalizedFormats formats) {
        this.calculator = calculator;
        this.clock = clock;
        this.formats = formats;
    }

    @GetMapping("/calculator")
    ModelAndView form(@RequestParam(required = false) String serviceLevel, Locale locale) {
        String slug = calculator.level(serviceLevel).orElse(calculator.levels().get(0)).slug().value();
        String month = YearMonth.now(clock.withZone(SlaTime.ZONE)).minusMonths(1).toString();
        return page(CalculatorForm.blank(slug, month), new FieldErrors(), null);
    }

    @PostMapping("/calculator")
    ModelAndView calculate(@ModelAttribute CalculatorForm form,
            @RequestParam(name = "probeLog", required = false) MultipartFile probeLog,
            @RequestParam(name = "action", required = false, defaultValue = ACTION_CALCULATE) String action,
            Locale locale) {
        if (ACTION_ADD_ROW.equals(action)) {
            return page(form.withAnotherRow(), new FieldErrors(), null);
        }
        if (ACTION_SWITCH.equals(action)) {
            return page(form, new FieldErrors(), null);
        }
        CalculatorService.Outcome outcome = calculator.calculate(form, probeLog, locale);
        ModelAndView page = page(form, outcome.errors(), outcome.result());
        if (!outcome.errors().isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    private ModelAndView page(CalculatorForm form, FieldErrors errors, CalculatorResult result) {
        ModelAndView page = new ModelAndView(VIEW);
        Optional<ServiceLevel> level = calculator.level(form.serviceLevel());
        page.addObject("form", form);
        page.addObject("levels", calculator.levels());
        page.addObject("level", level.orElse(null));
        page.addObject("method", level.map(l -> l.uptimeMethod().name()).orElse(""));
        page.addObject("errors", errors);
        page.addObject("result", result);
        page.addObject("warnings", result == null ? List.of() : CalculatorWarnings.of(
                CalculatorInputs.incidentDate(form, new FieldErrors()).orElse(null), result.estimate().month(),
                result.deadline(), LocalDate.now(clock.withZone(SlaTime.ZONE)), formats::date));
        page.addObject("maximumRows", CalculatorForm.MAXIMUM_ROWS);
        return page;
    }
}
