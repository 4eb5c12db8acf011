package cn.slaportal.web.faq;

import java.time.LocalDate;

import cn.slaportal.web.rendering.RenderedMarkdown;

/** A question and its rendered answer in the page's language; {@code slug} is its anchor on the category page. */
record FaqAnswer(String slug, String question, RenderedMarkdown answer, LocalDate updatedOn) {
}
