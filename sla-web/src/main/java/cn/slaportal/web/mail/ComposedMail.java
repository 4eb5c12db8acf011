package cn.slaportal.web.mail;

/** An e-mail written in one language: subject, plain text and the same in HTML. */
record ComposedMail(String subject, String text, String html) {
}
