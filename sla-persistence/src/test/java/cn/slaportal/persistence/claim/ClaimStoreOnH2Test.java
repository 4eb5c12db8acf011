package cn.slaportal.persistence.claim;

class ClaimStoreOnH2Test extends ClaimStoreContract {
}
