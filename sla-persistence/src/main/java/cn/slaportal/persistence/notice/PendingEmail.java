package cn.slaportal.persistence.notice;

/** An e-mail delivery that is due, with the notice it carries. */
public record PendingEmail(Delivery delivery, Notice notice) {
}
