package cn.slaportal.web.faq;

import cn.slaportal.persistence.faq.FaqEntry;

/** An FAQ entry in the administrator's list: its published revision and the latest one saved. */
public record FaqListed(FaqEntry entry, int latest) {

    public boolean unpublished() {
        return latest > entry.revision();
    }
}
