package cn.slaportal.persistence.faq;

class FaqStoreOnH2Test extends FaqStoreContract {
}
