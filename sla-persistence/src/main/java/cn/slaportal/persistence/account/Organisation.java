package cn.slaportal.persistence.account;

public record Organisation(long id, String name) {
}
