package org.plantrace.extract.entity;

/** A gazetteer file that cannot be read as one: the message names the file and the line. */
public class GazetteerException extends RuntimeException {
    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
