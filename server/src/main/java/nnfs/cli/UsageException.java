package nnfs.cli;

/** A bad command line: printed as one line on stderr, exit status 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
