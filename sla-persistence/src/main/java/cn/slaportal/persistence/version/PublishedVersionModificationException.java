package cn.slaportal.persistence.version;

/** Thrown when anything tries to update or delete a published SLA version: a correction is a new version. */
public class PublishedVersionModificationException extends IllegalStateException {

    PublishedVersionModificationException(String document, int number) {
        super("published SLA version " + document + " v" + number + " is immutable");
    }
}
