package org.plantrace.domain.review;

/** A review step that the thread's state does not allow; the message is Chinese and says why. */
public class ReviewRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReviewRuleException(String message) {
        super(message);
    }
}
