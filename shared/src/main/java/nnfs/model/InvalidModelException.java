package nnfs.model;

/** A model document that cannot be read: the message names the first problem and where it is. */
public final class InvalidModelException extends IllegalArgumentException {
    public InvalidModelException(String message) {
        super(message);
    }
}
