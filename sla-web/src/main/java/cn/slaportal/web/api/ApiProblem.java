package cn.slaportal.web.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal of an API request that is not an SLA rule: a message code, its arguments and the HTTP status. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<Object> arguments;

    public ApiProblem(HttpStatus status, String code, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public static ApiProblem badRequest(String code, Object... arguments) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, arguments);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
