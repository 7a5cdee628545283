package org.plantrace.application.upload;

/** An upload step that cannot be taken; the Chinese message says what to do. Nothing was stored. */
public class UploadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UploadException(String message) {
        super(message);
    }
}
