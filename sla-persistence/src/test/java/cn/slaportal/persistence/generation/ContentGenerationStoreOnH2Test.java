package cn.slaportal.persistence.generation;

class ContentGenerationStoreOnH2Test extends ContentGenerationStoreContract {
}
