package cn.slaportal.persistence.notice;

public enum DeliveryChannel {
    PORTAL, EMAIL
}
