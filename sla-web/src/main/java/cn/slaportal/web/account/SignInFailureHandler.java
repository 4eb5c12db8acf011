package cn.slaportal.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a refused sign-in back to the sign-in page, naming the reason in the address only (never in the session:
 * parallel refusals on one session would otherwise race to store the same session attribute). The reason is
 * {@code error} for every refusal except a disabled account's right password ({@code error=disabled}).
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String DISABLED = "disabled";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + "/login");
        if (exception instanceof DisabledException) {
            target.queryParam("error", DISABLED);
        } else {
            target.query("error");
        }
        response.sendRedirect(response.encodeRedirectURL(target.build().toUriString()));
    }
}
