package nnfs.model;

/** A model document that cannot be read: the message names the first problem and where it is. */
public final class InvalidModelException extends IllegalArgumentException {
    public InvalidModelException(String message) {
        super(message);
    }

    /** The engine's refusal of a part of the document, as it said it (its catalogue's message stays its cause). */
    public InvalidModelException(IllegalArgumentException cause) {
        super(cause.getMessage(), cause);
    }
}
