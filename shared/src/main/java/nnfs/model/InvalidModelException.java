package nnfs.model;

import nnfs.text.Problem;

/** A model document that cannot be read: a problem of the catalogue, placed where it is in the document. */
public final class InvalidModelException extends Problem {
    public InvalidModelException(Problem p) {
        super(p);
    }

    /** Any refusal of a document's part, as it was said. */
    public static InvalidModelException of(IllegalArgumentException e) {
        return e instanceof InvalidModelException ? (InvalidModelException) e : new InvalidModelException(Problem.of(e));
    }
}
