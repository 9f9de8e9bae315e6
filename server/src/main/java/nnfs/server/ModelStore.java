package nnfs.server;

import java.util.Optional;

/**
 * Where trained models live: write once, read many, delete with the token given at saving. A stored document
 * never changes. Implementations keep no state of their own beyond the database, so several server instances
 * may share one.
 */
public interface ModelStore extends AutoCloseable {
    /** A saved model: its id and the token that deletes it (the store keeps only the token's hash). */
    record Saved(String id, String deleteToken) {}

    record Stored(String id, String document, long createdMillis) {}

    enum Deletion { DELETED, NOT_FOUND, FORBIDDEN }

    /** Stores a checked, canonical model document under a new unguessable id. */
    Saved save(String document);

    Optional<Stored> get(String id);

    Deletion delete(String id, String token);

    /** How many models are stored. */
    long count();

    @Override
    void close();
}
