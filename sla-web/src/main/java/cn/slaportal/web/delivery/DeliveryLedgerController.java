package cn.slaportal.web.delivery;

import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.error.PageNotFoundException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/deliveries[?status=FAILED]}: the ledger of notice deliveries and e-mails, newest first (a status
 * that is not one answers 400 with the refusal next to the filter);
 * {@code POST /admin/deliveries/{notice|mail}/{id}/retry}: put a FAILED one back in the queue (409 for any other).
 */
@Controller
class DeliveryLedgerController {

    static final String VIEW = "admin/deliveries";

    private final DeliveryLedger ledger;

    DeliveryLedgerController(DeliveryLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/admin/deliveries")
    ModelAndView ledger(@RequestParam(required = false) String status) {
        String typed = status == null ? "" : status.strip();
        Optional<DeliveryStatus> chosen = Arrays.stream(DeliveryStatus.values())
                .filter(value -> value.name().equals(typed)).findFirst();
        ModelAndView page = new ModelAndView(VIEW).addObject("statuses", DeliveryStatus.values());
        FieldErrors errors = new FieldErrors();
        if (!typed.isEmpty() && chosen.isEmpty()) {
            errors.reject("status", "delivery.filter.error.status", typed);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page.addObject("errors", errors).addObject("status", "").addObject("notices", List.of())
                    .addObject("mails", List.of());
        }
        return page.addObject("errors", errors).addObject("status", chosen.map(Enum::name).orElse(""))
                .addObject("notices", ledger.noticeDeliveries(chosen)).addObject("mails", ledger.mails(chosen));
    }

    @PostMapping("/admin/deliveries/{kind}/{id}/retry")
    ModelAndView retry(@PathVariable String kind, @PathVariable String id, Principal admin, RedirectAttributes flash) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new PageNotFoundException("delivery.error.not-found", id);
        }
        if (!ledger.retry(kind, number, admin.getName())) {
            throw new PageNotFoundException("delivery.error.not-found", id);
        }
        flash.addFlashAttribute("saved", "delivery.retry.done");
        return new ModelAndView("redirect:/admin/deliveries");
    }
}
