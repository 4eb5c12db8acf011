package cn.slaportal.web.mail;

import cn.slaportal.i18n.locale.SupportedLanguage;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes an e-mail from the templates {@code mail/{name}.txt} and {@code mail/{name}.html} and the subject key
 * {@code mail.{name}.subject}, in one language, with the portal's message bundles. The engine is private to mail:
 * it is not the page engine and not a bean, so page rendering is untouched.
 */
@Component
class MailComposer {

    private final SpringTemplateEngine text;
    private final SpringTemplateEngine html;
    private final MessageSource messages;

    MailComposer(MessageSource messages) {
        this.messages = messages;
        this.text = engine(TemplateMode.TEXT, ".txt", messages);
        this.html = engine(TemplateMode.HTML, ".html", messages);
    }

    ComposedMail compose(String name, SupportedLanguage language, Map<String, Object> variables, Object... subjectArguments) {
        Context context = new Context(language.locale(), variables);
        context.setVariable("lang", language.tag());
        String subject = messages.getMessage("mail." + name + ".subject", subjectArguments, language.locale());
        context.setVariable("subject", subject);
        return new ComposedMail(subject, text.process(name, context), html.process(name, context));
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
