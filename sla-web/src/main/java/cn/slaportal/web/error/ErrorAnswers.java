package cn.slaportal.web.error;

import cn.slaportal.i18n.locale.PortalLocaleResolver;
import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.web.api.ApiError;
import cn.slaportal.web.api.ApiMessages;
import cn.slaportal.web.api.ApiRefusals;
import cn.slaportal.web.security.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes refusals made outside of any controller: the API error body for {@code /api} addresses, else the
 * portal's bare error page ({@code templates/error/bare.html}: the error page's texts and style without the
 * navigation, which needs a full request), both in the visitor's language and with the security headers. Used by
 * {@link PortalErrorController} for the JSON answers and by {@link PortalErrorReportValve} for everything Tomcat
 * refuses before the application. Beans are looked up when first needed: the valve is built with the web server.
 */
@Component
class ErrorAnswers {

    static final String BARE_VIEW = "error/bare";
    private static final String STYLESHEET = "/css/portal.css";

    private final ApiMessages messages;
    private final ObjectProvider<JsonMapper> json;
    private final ObjectProvider<ITemplateEngine> templates;
    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private final ObjectProvider<PortalLocaleResolver> locales;

    ErrorAnswers(ApiMessages messages, ObjectProvider<JsonMapper> json, ObjectProvider<ITemplateEngine> templates,
                 @Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> resourceUrls,
                 ObjectProvider<PortalLocaleResolver> locales) {
        this.messages = messages;
        this.json = json;
        this.templates = templates;
        this.resourceUrls = resourceUrls;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        if (ApiRefusals.isApiPath(request.getRequestURI())) {
            writeJson(request, response, status);
        } else {
            writeBarePage(request, response, status);
        }
    }

    void writeJson(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Locale locale = SupportedLanguage.bestMatch(request.getHeader("Accept-Language"))
                .orElse(SupportedLanguage.DEFAULT).locale();
        String code = ApiRefusals.code(status);
        ApiError body = ApiError.of(code, messages.message(code, ApiRefusals.arguments(status, request.getMethod()),
                locale));
        send(response, status, "application/json", json.getObject().writeValueAsString(body));
    }

    void writeBarePage(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        SupportedLanguage language = language(request);
        HttpStatus known = HttpStatus.resolve(status);
        Context page = new Context(language.locale());
        page.setVariable("status", status);
        page.setVariable("kind", ErrorPages.kind(known == null ? HttpStatus.BAD_REQUEST : known));
        page.setVariable("lang", language.tag());
        String stylesheet = resourceUrls.getObject().getForLookupPath(STYLESHEET);
        page.setVariable("stylesheet", stylesheet == null ? STYLESHEET : stylesheet);
        send(response, status, "text/html", templates.getObject().process(BARE_VIEW, page));
    }

    /** The visitor's language; a request whose parameters cannot even be decoded falls back to its headers. */
    private SupportedLanguage language(HttpServletRequest request) {
        try {
            return locales.getObject().resolve(request);
        } catch (RuntimeException undecodable) {
            return SupportedLanguage.bestMatch(request.getHeader("Accept-Language")).orElse(SupportedLanguage.DEFAULT);
        }
    }

    private static void send(HttpServletResponse response, int status, String mediaType, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(mediaType + ";charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SecurityHeaders.addMissing(response);
        Writer writer = response.getWriter();
        writer.write(body);
        writer.flush();
    }
}
