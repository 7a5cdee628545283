package org.plantrace.domain.message;

/**
 * An exception (or result) that carries its message as a {@link Message}, so that the web can show
 * it in the reader's language; {@code getMessage()} stays the Chinese text for logs and the command line.
 */
public interface Explained {
    Message explanation();
}
