package cn.slaportal.persistence.audit;

class AuditStoreOnH2Test extends AuditStoreContract {
}
