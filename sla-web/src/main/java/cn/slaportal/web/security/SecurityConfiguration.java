package cn.slaportal.web.security;

import cn.slaportal.web.account.LandingPage;
import cn.slaportal.web.pagecache.StoredPages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for the whole portal, deny by default: the public pages and the read API are listed and open,
 * the customer area's pages are listed and need the CUSTOMER role, the administration's the ADMIN role, and every
 * other address is denied (under {@code /account} and {@code /admin}: sign in, or 403 when signed in; elsewhere a
 * 404, as for an unknown page).
 * CSRF protects every form; the JSON API is stateless and exempt.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Every public address, listed: pages (the calculator's form and the incident history included), the feed, the
     * API (its page and OpenAPI document included), static assets, the sign-in page, the invitation links and the
     * health probes (load balancer, bench scripts). A wrong method on them is the page's own 405. Anything not listed
     * here, in {@link #CUSTOMER_ROUTES} or in {@link #ADMIN_ROUTES} is denied; EveryRouteIsListedIT checks that every
     * mapped address is on one of the lists.
     */
    static final String[] PUBLIC_ROUTES = {"/", "/sla", "/sla/**", "/faq", "/faq/**", "/search", "/calculator",
            "/incidents", "/invitation/*", "/login", "/api", "/api/**", "/css/**", "/js/**", "/favicon.*",
            "/robots.txt",
            "/actuator/health", "/actuator/health/**"};

    /** The customer area as it exists; another address under {@code /account} is denied. */
    static final String[] CUSTOMER_ROUTES = {"/account", "/account/subscriptions", "/account/notices",
            "/account/notices/*/read", "/account/profile", "/account/profile/*", "/account/claims", "/account/claims/new",
            "/account/claims/preview", "/account/claims/*", "/account/claims/*/answer", "/account/claims/*/withdraw"};

    /** The administration as it exists (ADMIN role); another address under {@code /admin} is denied. */
    static final String[] ADMIN_ROUTES = {"/admin", "/admin/claims", "/admin/claims/*", "/admin/claims/*/review",
            "/admin/claims/*/information", "/admin/claims/*/recompute", "/admin/claims/*/approve",
            "/admin/claims/*/reject", "/admin/incidents", "/admin/incidents/new", "/admin/incidents/*",
            "/admin/audit", "/admin/audit/export.csv", "/admin/organisations", "/admin/organisations/*",
            "/admin/organisations/*/subscriptions", "/admin/organisations/*/invitations", "/admin/subscriptions/*/renew",
            "/admin/users/*/enabled", "/admin/faq", "/admin/faq/*/*", "/admin/faq/*/*/publish", "/admin/faq/*/*/diff",
            "/admin/deliveries", "/admin/deliveries/*/*/retry", "/admin/drafts", "/admin/drafts/*",
            "/admin/drafts/*/submit", "/admin/drafts/*/return",
            "/admin/drafts/*/publish", "/admin/documents/new"};

    private static final RequestMatcher PRIVATE_AREAS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/account/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/admin/**"));

    /** A denied address outside the private areas is answered as unknown: its existence is not revealed. */
    private static final AuthenticationEntryPoint NOT_FOUND = (request, response, e) -> response.sendError(404);

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationFailureHandler signInFailure,
                                       ObjectProvider<PublicRoutes> morePublicRoutes, StoredPages storedPages)
            throws Exception {
        String[] open = Stream.concat(Arrays.stream(PUBLIC_ROUTES),
                morePublicRoutes.orderedStream().flatMap(routes -> routes.patterns().stream())).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(open).permitAll()
                        .requestMatchers(CUSTOMER_ROUTES).hasRole("CUSTOMER")
                        .requestMatchers(ADMIN_ROUTES).hasRole("ADMIN")
                        .anyRequest().denyAll())
                .exceptionHandling(denied -> denied
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), PRIVATE_AREAS)
                        .defaultAuthenticationEntryPointFor(NOT_FOUND, AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), PRIVATE_AREAS)
                        .defaultAccessDeniedHandlerFor(SecurityConfiguration::deniedOutsidePrivateAreas, AnyRequestMatcher.INSTANCE))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**").csrfTokenRepository(csrfTokens()))
                .formLogin(login -> login.loginPage("/login").usernameParameter("email").failureHandler(signInFailure)
                        .successHandler(new LandingPage())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .withObjectPostProcessor(storedPages.chainHeaders()))
                // Stored public pages are answered in the chain, with its security headers, and the rest of the
                // chain skipped: first in the chain a page without a form, after the CSRF filter one with a form
                // (it needs the visitor's token). StoredPages says why that is the same answer.
                .addFilterBefore(storedPages.pageFilter(), DisableEncodeUrlFilter.class)
                .addFilterAfter(storedPages.formPageFilter(), CsrfFilter.class);
        return http.build();
    }

    /**
     * No observation of Spring Security's filters, authentication or authorization: the decorator around every
     * filter of the chain costs more per cached page than it tells, even with the observations disabled by
     * property. The metrics that matter, request counts and latencies per route ({@code http.server.requests}),
     * come from Spring MVC's observation filter and stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** A refused CSRF token is a 403 everywhere; any other denial outside the private areas is a 404. */
    private static void deniedOutsidePrivateAreas(HttpServletRequest request, HttpServletResponse response,
                                                  AccessDeniedException denied) throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            new AccessDeniedHandlerImpl().handle(request, response, denied);
        } else {
            response.sendError(404);
        }
    }

    /**
     * The CSRF token travels in an HttpOnly cookie (and the form's hidden field), not in the session: an anonymous
     * visitor's form (sign-in, calculator) then needs no session, so browsing writes no session row.
     */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
