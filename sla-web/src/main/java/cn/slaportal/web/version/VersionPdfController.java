package cn.slaportal.web.version;

import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.web.error.PageNotFoundException;
import cn.slaportal.web.locale.LanguageLinks;
import cn.slaportal.web.locale.LocalizedFormats;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sla/{document}/versions/{n}/pdf}: a published version as a PDF in the page's language, made once
 * ({@link VersionPdfs}) and answered with a strong ETag; a conditional request with it answers 304.
 */
@Controller
class VersionPdfController {

    private final SlaReading reading;
    private final VersionPdfs pdfs;
    private final LocalizedFormats formats;
    private final LanguageLinks links;

    VersionPdfController(SlaReading reading, VersionPdfs pdfs, LocalizedFormats formats, LanguageLinks links) {
        this.reading = reading;
        this.pdfs = pdfs;
        this.formats = formats;
        this.links = links;
    }

    @GetMapping("/sla/{document:[a-z0-9][a-z0-9-]{0,63}}/versions/{number:\\d{1,9}}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String document, @PathVariable int number, Locale locale,
                               HttpServletRequest request) {
        DocumentOverview overview = reading.document(document);
        VersionView shown = overview.timeline().version(number)
                .orElseThrow(() -> new PageNotFoundException(SlaReading.UNKNOWN_VERSION, document, number));
        String language = SupportedLanguage.fromLocale(locale).orElse(SupportedLanguage.DEFAULT).tag();
        String etag = "\"pdf-" + document + "-" + number + "-" + language + "\"";
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.COOKIE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("sla-" + document + "-v" + number + "-" + language + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF);
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        SlaVersionRecord record = reading.version(document, number);
        VersionPdfs.Printable printable = new VersionPdfs.Printable(document, number, language, locale,
                shown.title(locale), shown.changeSummary(locale), formats.date(shown.summary().effectiveFrom()),
                formats.date(shown.summary().publishedAt()), reading.text(record, locale).html());
        return ok.body(pdfs.pdf(links.base(request), printable));
    }
}
