package cn.slaportal.core.claim;

/** Who may take a step in a claim's life: the customer who filed it (their organisation) or an administrator. */
public enum ActorRole {
    CUSTOMER, ADMINISTRATOR
}
