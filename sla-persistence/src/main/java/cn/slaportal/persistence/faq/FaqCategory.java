package cn.slaportal.persistence.faq;

import cn.slaportal.core.LocalizedText;

public record FaqCategory(String slug, int position, LocalizedText title, long entryCount) {
}
