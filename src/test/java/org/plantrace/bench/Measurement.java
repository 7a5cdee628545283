package org.plantrace.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Times a task over repeated runs after a warm-up, and reads the peak heap the JVM saw while it
 * ran (the sum of the heap pools' peak usage, reset before the measured runs).
 */
final class Measurement {
    final double medianMillis;
    final double minMillis;
    final long peakHeapBytes;

    private Measurement(double medianMillis, double minMillis, long peakHeapBytes) {
        this.medianMillis = medianMillis;
        this.minMillis = minMillis;
        this.peakHeapBytes = peakHeapBytes;
    }

    /** The first line of every bench's output: the machine the figures belong to. */
    static void printMachine() {
        System.out.printf(java.util.Locale.ROOT, "machine: %d cores, max heap %d MB, %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    static Measurement of(int warmups, int runs, Callable<?> task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.call();
        }
        System.gc();
        resetPeaks();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Object result = task.call();
            times[i] = (System.nanoTime() - t0) / 1e6;
            if (result == null) {
                throw new IllegalStateException("task returned nothing");
            }
        }
        long peak = peakHeap();
        Arrays.sort(times);
        return new Measurement(times[runs / 2], times[0], peak);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
