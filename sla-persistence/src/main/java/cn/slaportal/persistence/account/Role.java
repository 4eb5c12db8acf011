package cn.slaportal.persistence.account;

public enum Role {
    CUSTOMER, ADMIN
}
