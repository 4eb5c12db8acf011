package cn.slaportal.web.incident;

import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.error.PageNotFoundException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/incidents}: the list; {@code /admin/incidents/new}: record one; {@code /admin/incidents/{id}}:
 * correct one. A refused form answers 400 with everything as typed; a record changed meanwhile answers 409.
 */
@Controller
class IncidentAdminController {

    static final String LIST = "admin/incidents";
    static final String FORM = "admin/incident-form";

    private final IncidentService incidents;
    private final IncidentViews views;

    IncidentAdminController(IncidentService incidents, IncidentViews views) {
        this.incidents = incidents;
        this.views = views;
    }

    @GetMapping("/admin/incidents")
    ModelAndView list() {
        return new ModelAndView(LIST).addObject("incidents", views.of(incidents.all()));
    }

    @GetMapping("/admin/incidents/new")
    ModelAndView blank() {
        return form(IncidentForm.blank(), new FieldErrors(), null);
    }

    @PostMapping("/admin/incidents")
    ModelAndView record(@ModelAttribute IncidentForm form, Principal admin, RedirectAttributes flash) {
        IncidentService.Outcome outcome = incidents.record(form, admin.getName());
        if (outcome.incident().isEmpty()) {
            return refused(form(form, outcome.errors(), null));
        }
        flash.addFlashAttribute("saved", "incident.admin.recorded");
        flash.addFlashAttribute("savedId", outcome.incident().get().trackingId());
        return new ModelAndView("redirect:/admin/incidents");
    }

    @GetMapping("/admin/incidents/{id}")
    ModelAndView edit(@PathVariable String id) {
        long number = id(id);
        return incidents.incident(number).map(incident -> form(IncidentForm.of(incident), new FieldErrors(), number))
                .orElseThrow(() -> notFound(id));
    }

    @PostMapping("/admin/incidents/{id}")
    ModelAndView correct(@PathVariable String id, @ModelAttribute IncidentForm form, Principal admin,
                         RedirectAttributes flash) {
        long number = id(id);
        if (incidents.incident(number).isEmpty()) {
            throw notFound(id);
        }
        IncidentService.Outcome outcome = incidents.correct(number, form, admin.getName());
        if (outcome.incident().isEmpty()) {
            return refused(form(form, outcome.errors(), number));
        }
        flash.addFlashAttribute("saved", "incident.admin.corrected");
        flash.addFlashAttribute("savedId", outcome.incident().get().trackingId());
        return new ModelAndView("redirect:/admin/incidents");
    }

    private ModelAndView form(IncidentForm form, FieldErrors errors, Long id) {
        ModelAndView page = new ModelAndView(FORM);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("levels", incidents.levels());
        page.addObject("incidentId", id);
        return page;
    }

    private static ModelAndView refused(ModelAndView page) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound(id);
        }
    }

    private static PageNotFoundException notFound(String id) {
        return new PageNotFoundException("incident.error.not-found", id);
    }
}
