package cn.slaportal.web.version;

import cn.slaportal.persistence.version.SlaVersionSummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import cn.slaportal.web.published.PublishedContent;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /sla/feed.atom}: an Atom 1.0 feed of every published version of every SLA document, scheduled ones
 * included, newest publication first, texts in the request's language. Written with an XML stream writer, so
 * it is well-formed whatever the texts contain; a strong ETag over the bytes allows 304 answers.
 */
@RestController
class AtomFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final SlaReading reading;
    private final MessageSource messages;

    AtomFeedController(SlaReading reading, MessageSource messages) {
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/sla/feed.atom")
    ResponseEntity<byte[]> feed(WebRequest request, Locale locale) throws XMLStreamException {
        PublishedContent published = reading.published();
        List<SlaVersionSummary> all = new ArrayList<>();
        for (String document : published.documents()) {
            all.addAll(published.versions(document));
        }
        all.sort(Comparator.comparing(SlaVersionSummary::publishedAt).reversed()
                .thenComparing(SlaVersionSummary::document).thenComparing(SlaVersionSummary::number));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        byte[] body = write(all, base, locale, reading.today());
        String etag = "\"" + sha256(body) + "\"";
        CacheControl cache = CacheControl.noCache().cachePublic();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(ATOM).eTag(etag).cacheControl(cache).body(body);
    }

    private byte[] write(List<SlaVersionSummary> all, String base, Locale locale, LocalDate today)
            throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        String language = "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
        element(xml, "id", base + "/sla/feed.atom");
        element(xml, "title", messages.getMessage("feed.title", null, locale));
        element(xml, "subtitle", messages.getMessage("feed.subtitle", null, locale));
        Instant updated = all.stream().map(SlaVersionSummary::publishedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        element(xml, "updated", updated.toString());
        link(xml, "self", base + "/sla/feed.atom?lang=" + language, ATOM.toString());
        link(xml, "alternate", base + "/sla?lang=" + language, "text/html");
        xml.writeStartElement("author");
        element(xml, "name", messages.getMessage("feed.author", null, locale));
        xml.writeEndElement();
        for (SlaVersionSummary version : all) {
            String page = base + "/sla/" + version.document() + "/versions/" + version.number();
            xml.writeStartElement("entry");
            element(xml, "id", page);
            element(xml, "title", messages.getMessage("feed.entry.title",
                    new Object[] {version.title().in(locale), version.number()}, locale));
            element(xml, "published", version.publishedAt().toString());
            element(xml, "updated", version.publishedAt().toString());
            link(xml, "alternate", page + "?lang=" + language, "text/html");
            if (version.number() > 1) {
                link(xml, "related", base + "/sla/" + version.document() + "/diff?from=" + (version.number() - 1)
                        + "&to=" + version.number() + "&lang=" + language, "text/html");
            }
            link(xml, "alternate", page + ".json", "application/json");
            boolean scheduled = version.effectiveFrom().isAfter(today);
            if (version.adverse()) {
                category(xml, "adverse", messages.getMessage("feed.category.adverse", null, locale));
            }
            if (scheduled) {
                category(xml, "scheduled", messages.getMessage("feed.category.scheduled", null, locale));
            }
            String effective = messages.getMessage(scheduled ? "feed.entry.effective.scheduled" : "feed.entry.effective",
                    new Object[] {version.effectiveFrom().toString()}, locale);
            String adverse = messages.getMessage(version.adverse() ? "feed.entry.adverse.true" : "feed.entry.adverse.false",
                    null, locale);
            element(xml, "summary", version.summary().in(locale) + " " + effective + " " + adverse);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter xml, String term, String label) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
        xml.writeAttribute("label", label);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
