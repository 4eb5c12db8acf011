package cn.slaportal.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers every {@code /api/} address no endpoint claims (any method) with a JSON 404. Every real endpoint's
 * pattern is more specific, so it always wins over this one.
 */
@JsonApi
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknownAddress() {
        throw new ApiProblem(HttpStatus.NOT_FOUND, "api.error.not-found");
    }
}
