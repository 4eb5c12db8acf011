package cn.slaportal.web.draft;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.error.PageNotFoundException;
import cn.slaportal.web.rendering.MarkdownRenderer;
import cn.slaportal.web.version.ClauseDiffService;
import cn.slaportal.web.version.DiffMarkers;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/drafts}: the drafts and a form to start one; {@code /admin/documents/new}: a new SLA document with
 * the draft of its first version; {@code /admin/drafts/{id}}: edit (Preview renders the
 * typed Markdown on the server without saving), the clause-aligned diff against the version in force, the checks,
 * and the review steps (submit by the author; return with a comment, or approve and publish, by another
 * administrator).
 */
@Controller
class DraftAdminController {

    static final String LIST = "admin/drafts";
    static final String EDIT = "admin/draft";
    static final String NEW_DOCUMENT = "admin/document-new";

    private final DraftService drafts;
    private final MarkdownRenderer markdown;
    private final ClauseDiffService diffs;
    private final MessageSource messages;

    DraftAdminController(DraftService drafts, MarkdownRenderer markdown,
                         ClauseDiffService diffs, MessageSource messages) {
        this.drafts = drafts;
        this.markdown = markdown;
        this.diffs = diffs;
        this.messages = messages;
    }

    @GetMapping("/admin/drafts")
    ModelAndView list() {
        return new ModelAndView(LIST).addObject("drafts", drafts.all()).addObject("documents", drafts.publishedDocuments());
    }

    @GetMapping("/admin/documents/new")
    ModelAndView newDocument() {
        return new ModelAndView(NEW_DOCUMENT).addObject("form", NewDocumentForm.empty()).addObject("errors", new FieldErrors());
    }

    @PostMapping("/admin/documents/new")
    ModelAndView createDocument(@ModelAttribute NewDocumentForm form, Principal admin, RedirectAttributes flash) {
        DraftService.Started started = drafts.startDocument(form, admin.getName());
        if (started.draft().isEmpty()) {
            ModelAndView page = new ModelAndView(NEW_DOCUMENT).addObject("form", form).addObject("errors", started.errors());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        flash.addFlashAttribute("saved", "document.new.started");
        return new ModelAndView("redirect:/admin/drafts/" + started.draft().get().id());
    }

    @PostMapping("/admin/drafts")
    ModelAndView start(@RequestParam(required = false) String document, Principal admin) {
        if (document == null || !drafts.publishedDocuments().contains(document)) {
            throw new PageNotFoundException("draft.error.no-document", String.valueOf(document));
        }
        return new ModelAndView("redirect:/admin/drafts/" + drafts.start(document, admin.getName()).id());
    }

    @GetMapping("/admin/drafts/{id}")
    ModelAndView edit(@PathVariable String id, Locale locale) {
        DraftService.Reviewed current = draft(id);
        return page(current, DraftForm.of(current.draft()), new FieldErrors(), locale);
    }

    @PostMapping("/admin/drafts/{id}")
    ModelAndView save(@PathVariable String id, @ModelAttribute DraftForm form,
                      @RequestParam(required = false, defaultValue = "save") String action, Principal admin,
                      RedirectAttributes flash, Locale locale) {
        DraftService.Reviewed current = draft(id);
        if ("preview".equals(action)) {
            return page(current, form, new FieldErrors(), locale);
        }
        DraftService.Saved saved = drafts.save(current, form, admin.getName());
        if (saved.draft().isEmpty()) {
            ModelAndView page = page(current, form, saved.errors(), locale);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        flash.addFlashAttribute("saved", "draft.saved");
        return new ModelAndView("redirect:/admin/drafts/" + id);
    }

    @PostMapping("/admin/drafts/{id}/submit")
    ModelAndView submit(@PathVariable String id, @RequestParam(required = false) String reviewVersion,
                        Principal admin, RedirectAttributes flash, Locale locale) {
        DraftService.Reviewed current = draft(id);
        FieldErrors errors = new FieldErrors();
        try {
            FieldErrors findings = drafts.submit(current, number(reviewVersion), admin.getName());
            if (findings.isEmpty()) {
                flash.addFlashAttribute("saved", "draft.submitted");
                return new ModelAndView("redirect:/admin/drafts/" + id);
            }
            errors.reject("", "draft.error.checks-failed");
        } catch (SlaRuleViolation refused) {
            errors.reject("", refused.code(), refused.arguments().toArray());
        }
        ModelAndView page = page(current, DraftForm.of(current.draft()), errors, locale);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    @PostMapping("/admin/drafts/{id}/publish")
    ModelAndView publish(@PathVariable String id, @RequestParam(required = false) String reviewVersion,
                         Principal admin, RedirectAttributes flash, Locale locale) {
        DraftService.Reviewed current = draft(id);
        SlaVersionRecord published;
        try {
            published = drafts.approveAndPublish(current, number(reviewVersion), admin.getName());
        } catch (SlaRuleViolation refused) {
            FieldErrors errors = new FieldErrors();
            errors.reject("", refused.code(), refused.arguments().toArray());
            ModelAndView page = page(current, DraftForm.of(current.draft()), errors, locale);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        flash.addFlashAttribute("saved", "draft.published");
        return new ModelAndView("redirect:/sla/" + published.document() + "/versions/" + published.number());
    }

    @PostMapping("/admin/drafts/{id}/return")
    ModelAndView returnToAuthor(@PathVariable String id, @RequestParam(required = false) String reviewVersion,
                                @RequestParam(required = false) String comment, Principal admin,
                                RedirectAttributes flash, Locale locale) {
        DraftService.Reviewed current = draft(id);
        try {
            drafts.returnToAuthor(current, number(reviewVersion), admin.getName(), comment == null ? "" : comment);
        } catch (SlaRuleViolation refused) {
            FieldErrors errors = new FieldErrors();
            errors.reject("comment", refused.code(), refused.arguments().toArray());
            ModelAndView page = page(current, DraftForm.of(current.draft()), errors, locale);
            page.addObject("comment", comment == null ? "" : comment);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        flash.addFlashAttribute("saved", "draft.returned");
        return new ModelAndView("redirect:/admin/drafts/" + id);
    }

    private ModelAndView page(DraftService.Reviewed current, DraftForm form, FieldErrors errors, Locale locale) {
        ModelAndView page = new ModelAndView(EDIT);
        page.addObject("draft", current.draft());
        page.addObject("review", current.review());
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("comment", "");
        page.addObject("checks", drafts.check(current.draft()));
        page.addObject("previewEn", scoped(markdown.render(form.bodyEn(), "preview-en").html(), "preview-en-"));
        page.addObject("previewZh", scoped(markdown.render(form.bodyZh(), "preview-zh").html(), "preview-zh-"));
        SlaVersionRecord base = drafts.base(current.draft()).orElse(null);
        page.addObject("base", base);
        if (base != null) {
            DiffMarkers markers = new DiffMarkers(messages.getMessage("diff.marker.inserted.start", null, locale),
                    messages.getMessage("diff.marker.inserted.end", null, locale),
                    messages.getMessage("diff.marker.deleted.start", null, locale),
                    messages.getMessage("diff.marker.deleted.end", null, locale));
            page.addObject("diffEn", diffs.diff(base.body().en(), form.bodyEn(), Locale.ENGLISH, markers));
            page.addObject("diffZh", diffs.diff(base.body().zhCn(), form.bodyZh(), Locale.SIMPLIFIED_CHINESE, markers));
        }
        return page;
    }

    /** Prefixes the ids and in-page links of a preview, so that the two languages' clause anchors stay unique. */
    private static String scoped(String html, String prefix) {
        return html.replace("id=\"", "id=\"" + prefix).replace("href=\"#", "href=\"#" + prefix);
    }

    private DraftService.Reviewed draft(String id) {
        try {
            return drafts.draft(Long.parseLong(id))
                    .orElseThrow(() -> new PageNotFoundException("draft.error.not-found", id));
        } catch (NumberFormatException e) {
            throw new PageNotFoundException("draft.error.not-found", id);
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text == null ? "" : text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
