package cn.slaportal.web.api;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves message codes for API answers in the request's language (the portal's locale resolver reads only
 * {@code Accept-Language} for {@code /api/**}, zh-CN by default). A code without a message falls back to the
 * generic {@code api.error.bad-request} text, never to the code itself.
 */
@Component
public class ApiMessages {

    static final String FALLBACK = "api.error.bad-request";

    private final MessageSource messageSource;

    ApiMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String message(String code, List<Object> arguments) {
        return message(code, arguments, LocaleContextHolder.getLocale());
    }

    public String message(String code, List<Object> arguments, Locale locale) {
        try {
            return messageSource.getMessage(code, arguments.toArray(), locale);
        } catch (NoSuchMessageException e) {
            return messageSource.getMessage(FALLBACK, null, locale);
        }
    }
}
