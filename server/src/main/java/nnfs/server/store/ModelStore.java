package nnfs.server.store;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where trained models live: write once, read many, delete with the token given at saving. A stored document
 * never changes. Implementations keep no state of their own beyond the database, so several server instances
 * may share one.
 */
public interface ModelStore extends AutoCloseable {
    /** A saved model: its id and the token that deletes it (the store keeps only the token's hash). */
    record Saved(String id, String deleteToken) {}

    /** A stored model; {@code verified}: the server trained it again from its settings and got its bits. */
    record Stored(String id, String document, long createdMillis, boolean verified) {}

    /** A whole row, as a backup carries it: the token only as its hash. */
    record Row(String id, String document, String tokenHash, long createdMillis, boolean verified) {}

    enum Deletion { DELETED, NOT_FOUND, FORBIDDEN }

    /** Stores a checked, canonical model document under a new unguessable id. */
    Saved save(String document, boolean verified);

    Optional<Stored> get(String id);

    Deletion delete(String id, String token);

    /** How many models are stored. */
    long count();

    /** Every stored model, oldest first, one at a time (a backup). */
    void forEach(Consumer<Row> each);

    /** Puts back a row of a backup under its own id; false when a model with that id is stored already. */
    boolean restore(Row row);

    @Override
    void close();
}
