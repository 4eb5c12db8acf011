package cn.slaportal.web.version;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF of a published SLA version in one language, made once and kept: a published version never changes, so
 * its bytes are stored under document, number, language and the base address its links are printed with.
 * Rendered from {@code templates/print/version.html} by openhtmltopdf (PDFBox) with Noto Sans SC embedded as a
 * subset, so Chinese and English text are both real, extractable text. Bounded like the page bytes.
 */
@Component
class VersionPdfs {

    static final int MAX_PDFS = 128;
    static final String FONT_FAMILY = "Noto Sans SC";
    static final String FONT = "fonts/NotoSansSC-Regular.ttf";
    private static final String TEMPLATE = "print/version";
    private static final Pattern RELATIVE_LINK = Pattern.compile("href=\"(/[^\"]*)\"");
    /** A link whose text is its own address: printing the address after it again would say it twice. */
    private static final Pattern BARE_LINK = Pattern.compile("<a ([^>]*?)href=\"([^\"]+)\"([^>]*)>\\2</a>");

    private final TemplateEngine templates;
    private final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();

    VersionPdfs(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The printable facts of one version in one language; {@code html} is the rendered text. */
    record Printable(String document, int number, String language, Locale locale, String title, String summary,
                     String effective, String published, String html) {
    }

    /** The stored PDF, or the one made now (once per version, language and base address). */
    byte[] pdf(String baseUrl, Printable first) {
        String key = first.document() + "/" + first.number() + "/" + first.language() + "/" + baseUrl;
        byte[] stored = pdfs.get(key);
        if (stored != null) {
            return stored;
        }
        byte[] made = render(baseUrl, first);
        if (pdfs.size() >= MAX_PDFS) {
            pdfs.clear();
        }
        pdfs.putIfAbsent(key, made);
        return pdfs.get(key);
    }

    private byte[] render(String baseUrl, Printable version) {
        Context context = new Context(version.locale());
        context.setVariable("lang", version.language());
        context.setVariable("title", version.title());
        context.setVariable("number", version.number());
        context.setVariable("effective", version.effective());
        context.setVariable("published", version.published());
        context.setVariable("summary", version.summary());
        context.setVariable("html", absoluteLinks(version.html(), baseUrl));
        context.setVariable("pageUrl", baseUrl + "/sla/" + version.document() + "/versions/" + version.number()
                + "?lang=" + version.language());
        String xhtml = templates.process(TEMPLATE, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> {
                try {
                    return new ClassPathResource(FONT).getInputStream();
                } catch (IOException missing) {
                    throw new UncheckedIOException(missing);
                }
            }, FONT_FAMILY);
            builder.withHtmlContent(xhtml, baseUrl.isEmpty() ? null : baseUrl + "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Links inside the portal ({@code /login}) printed with the portal's address, so a reader of paper can follow them. */
    static String absoluteLinks(String html, String baseUrl) {
        Matcher link = RELATIVE_LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (link.find()) {
            String target = link.group(1).startsWith("//") ? link.group(1) : baseUrl + link.group(1);
            link.appendReplacement(out, Matcher.quoteReplacement("href=\"" + target + "\""));
        }
        link.appendTail(out);
        return BARE_LINK.matcher(out).replaceAll("<a class=\"bare\" $1href=\"$2\"$3>$2</a>");
    }
}
