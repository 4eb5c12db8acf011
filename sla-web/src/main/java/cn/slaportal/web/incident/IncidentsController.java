package cn.slaportal.web.incident;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /incidents}: the public history of every recorded incident and maintenance, the latest first. */
@Controller
class IncidentsController {

    static final String VIEW = "incident/history";

    private final IncidentService incidents;
    private final IncidentViews views;

    IncidentsController(IncidentService incidents, IncidentViews views) {
        this.incidents = incidents;
        this.views = views;
    }

    @GetMapping("/incidents")
    ModelAndView history() {
        return new ModelAndView(VIEW).addObject("incidents", views.of(incidents.all()));
    }
}
