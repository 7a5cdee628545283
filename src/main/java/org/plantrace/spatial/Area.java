package org.plantrace.spatial;

/**
 * An area in square metres, read out in the units plans use. 1 亩 is exactly 10000/15 m²
 * (1 公顷 = 15 亩), which plans round to 666.67 m².
 */
public record Area(double squareMetres) {
    public static final double SQUARE_METRES_PER_MU = 10000.0 / 15.0;

    public static Area ofKm2(double km2) {
        return new Area(km2 * 1e6);
    }

    public static Area ofHectares(double hectares) {
        return new Area(hectares * 1e4);
    }

    public static Area ofMu(double mu) {
        return new Area(mu * SQUARE_METRES_PER_MU);
    }

    /** 平方千米 */
    public double km2() {
        return squareMetres / 1e6;
    }

    /** 公顷 */
    public double hectares() {
        return squareMetres / 1e4;
    }

    /** 亩 */
    public double mu() {
        return squareMetres / SQUARE_METRES_PER_MU;
    }
}
