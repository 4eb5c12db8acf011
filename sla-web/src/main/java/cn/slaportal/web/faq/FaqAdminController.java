package cn.slaportal.web.faq;

import cn.slaportal.persistence.faq.FaqCategory;
import cn.slaportal.persistence.faq.FaqEntry;
import cn.slaportal.persistence.faq.FaqRevision;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.error.PageNotFoundException;
import cn.slaportal.web.version.ClauseDiffService;
import cn.slaportal.web.version.DiffMarkers;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@code /admin/faq}: every entry with its published and latest revision; {@code /admin/faq/{category}/{slug}}: edit
 * (each save a revision), the revisions, publish one; {@code .../diff?from=&to=}: two revisions compared in both
 * languages. A refused form answers 400 with the text as typed.
 */
@Controller
class FaqAdminController {

    static final String LIST = "admin/faq";
    static final String EDIT = "admin/faq-edit";
    static final String DIFF = "admin/faq-diff";

    private final FaqStore faq;
    private final FaqEditService editing;
    private final ClauseDiffService diffs;
    private final MessageSource messages;

    FaqAdminController(FaqStore faq, FaqEditService editing, ClauseDiffService diffs, MessageSource messages) {
        this.faq = faq;
        this.editing = editing;
        this.diffs = diffs;
        this.messages = messages;
    }

    @GetMapping("/admin/faq")
    ModelAndView list() {
        Map<FaqCategory, List<FaqListed>> byCategory = new LinkedHashMap<>();
        for (FaqCategory category : faq.categories()) {
            byCategory.put(category, faq.entries(category.slug()).stream()
                    .map(entry -> new FaqListed(entry, latest(entry))).toList());
        }
        return new ModelAndView(LIST).addObject("categories", byCategory);
    }

    @GetMapping("/admin/faq/{category}/{slug}")
    ModelAndView edit(@PathVariable String category, @PathVariable String slug) {
        FaqEntry entry = entry(category, slug);
        List<FaqRevision> revisions = faq.revisions(category, slug);
        return page(entry, revisions, FaqEditForm.of(revisions.get(0).content()), new FieldErrors());
    }

    @PostMapping("/admin/faq/{category}/{slug}")
    ModelAndView save(@PathVariable String category, @PathVariable String slug, @ModelAttribute FaqEditForm form,
                      Principal admin, RedirectAttributes flash) {
        FaqEntry entry = entry(category, slug);
        FaqEditService.Saved saved = editing.save(entry, form, admin.getName());
        if (saved.revision().isEmpty()) {
            ModelAndView page = page(entry, faq.revisions(category, slug), form, saved.errors());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        flash.addFlashAttribute("saved", "faq.edit.saved");
        flash.addFlashAttribute("savedRevision", saved.revision().get().revision());
        return new ModelAndView("redirect:/admin/faq/" + category + "/" + slug);
    }

    @PostMapping("/admin/faq/{category}/{slug}/publish")
    ModelAndView publish(@PathVariable String category, @PathVariable String slug, @RequestParam String revision,
                         @RequestParam String rowVersion, Principal admin, RedirectAttributes flash) {
        FaqEntry entry = entry(category, slug);
        int number = revisionNumber(category, slug, revision);
        long version;
        try {
            version = Long.parseLong(rowVersion);
        } catch (NumberFormatException e) {
            version = -1;
        }
        editing.publish(entry, number, version, admin.getName());
        flash.addFlashAttribute("saved", "faq.edit.published.done");
        flash.addFlashAttribute("savedRevision", number);
        return new ModelAndView("redirect:/admin/faq/" + category + "/" + slug);
    }

    @GetMapping("/admin/faq/{category}/{slug}/diff")
    ModelAndView diff(@PathVariable String category, @PathVariable String slug, @RequestParam String from,
                      @RequestParam String to, Locale locale) {
        FaqEntry entry = entry(category, slug);
        FaqRevision older = faq.revision(category, slug, revisionNumber(category, slug, from)).orElseThrow();
        FaqRevision newer = faq.revision(category, slug, revisionNumber(category, slug, to)).orElseThrow();
        DiffMarkers markers = new DiffMarkers(messages.getMessage("diff.marker.inserted.start", null, locale),
                messages.getMessage("diff.marker.inserted.end", null, locale),
                messages.getMessage("diff.marker.deleted.start", null, locale),
                messages.getMessage("diff.marker.deleted.end", null, locale));
        Locale english = Locale.ENGLISH;
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        ModelAndView page = new ModelAndView(DIFF);
        page.addObject("entry", entry);
        page.addObject("from", older);
        page.addObject("to", newer);
        page.addObject("titleEn", diffs.passageDiff(older.content().title().en(), newer.content().title().en(), english, markers));
        page.addObject("titleZh", diffs.passageDiff(older.content().title().zhCn(), newer.content().title().zhCn(), chinese, markers));
        page.addObject("bodyEn", diffs.passageDiff(older.content().body().en(), newer.content().body().en(), english, markers));
        page.addObject("bodyZh", diffs.passageDiff(older.content().body().zhCn(), newer.content().body().zhCn(), chinese, markers));
        return page;
    }

    private ModelAndView page(FaqEntry entry, List<FaqRevision> revisions, FaqEditForm form, FieldErrors errors) {
        ModelAndView page = new ModelAndView(EDIT);
        page.addObject("entry", entry);
        page.addObject("revisions", revisions);
        page.addObject("form", form);
        page.addObject("errors", errors);
        return page;
    }

    private int latest(FaqEntry entry) {
        List<FaqRevision> revisions = faq.revisions(entry.category(), entry.slug());
        return revisions.isEmpty() ? entry.revision() : revisions.get(0).revision();
    }

    private FaqEntry entry(String category, String slug) {
        return faq.entry(category, slug)
                .orElseThrow(() -> new PageNotFoundException("faq.admin.error.not-found", category + "/" + slug));
    }

    private int revisionNumber(String category, String slug, String revision) {
        try {
            int number = Integer.parseInt(revision);
            if (faq.revision(category, slug, number).isPresent()) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new PageNotFoundException("faq.admin.error.no-revision", revision);
    }
}
