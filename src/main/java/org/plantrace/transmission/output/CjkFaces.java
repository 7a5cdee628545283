package org.plantrace.transmission.output;

import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A regular and a bold face, parsed for one document at a time and borrowed from a small pool
 * (issue #15 item 2: one global lock made 50 clients queue for PDFs, p95 9.4 s). Up to
 * {@link #MAX} pairs exist — as many documents as there are cores are laid out at once, and memory
 * stays bounded; a pair goes back to the pool when its document is saved and is reused, so a font
 * is parsed at most {@link #MAX} times per run. Use with try-with-resources.
 */
final class CjkFaces implements AutoCloseable {
    static final int MAX = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final BlockingQueue<CjkFaces> IDLE = new LinkedBlockingQueue<>();
    private static final AtomicInteger CREATED = new AtomicInteger();

    final TrueTypeFont regular;
    final TrueTypeFont bold;

    private CjkFaces(TrueTypeFont regular, TrueTypeFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** An idle pair, a new one while fewer than {@link #MAX} exist, else the next one given back. */
    static CjkFaces borrow() throws InterruptedIOException {
        CjkFaces idle = IDLE.poll();
        if (idle != null) {
            return idle;
        }
        if (CREATED.incrementAndGet() <= MAX) {
            try {
                return new CjkFaces(CjkFont.REGULAR.parse(), CjkFont.BOLD.parse());
            } catch (RuntimeException e) {
                CREATED.decrementAndGet();
                throw e;
            }
        }
        CREATED.decrementAndGet();
        try {
            return IDLE.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a PDF font");
        }
    }

    /** Gives the pair back once its document is saved. */
    @Override
    public void close() {
        IDLE.offer(this);
    }
}
