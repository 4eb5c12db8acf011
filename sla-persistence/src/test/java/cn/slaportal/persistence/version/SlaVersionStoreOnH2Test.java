package cn.slaportal.persistence.version;

class SlaVersionStoreOnH2Test extends SlaVersionStoreContract {
}
