package cn.slaportal.web.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A concurrent change found by an administrative act: the 409 page (before the general page advice sees it). */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminConflictAdvice {

    static final String VIEW = "admin/conflict";

    @ExceptionHandler(ConcurrentChangeException.class)
    ModelAndView conflict(ConcurrentChangeException conflict) {
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("messageKey", conflict.messageKey());
        page.addObject("messageArgs", conflict.arguments());
        page.addObject("backTo", conflict.backTo());
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }
}
