package cn.slaportal.persistence.notice;

/** A row that carries a {@link DeliveryState}: an outbox e-mail or a notice delivery. */
interface DeliveryRow {

    DeliveryState state();
}
