package cn.slaportal.web.delivery;

import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.web.error.PageNotFoundException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/deliveries[?status=FAILED]}: the ledger of notice deliveries and e-mails, newest first;
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
        Optional<DeliveryStatus> chosen = Arrays.stream(DeliveryStatus.values())
                .filter(value -> value.name().equals(status)).findFirst();
        return new ModelAndView(VIEW).addObject("notices", ledger.noticeDeliveries(chosen))
                .addObject("mails", ledger.mails(chosen)).addObject("status", chosen.map(Enum::name).orElse(""))
                .addObject("statuses", DeliveryStatus.values());
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
