package dev.quiver.marketdata.yahoo;

/** Writes split ratios as people read them: {@code 4:1}, {@code 3:2}, {@code 1:10}. Stateless. */
final class Ratios {

    private Ratios() {}

    /** {@code ratio} new shares per old share as {@code new:old} in small whole numbers where possible. */
    static String text(double ratio) {
        for (int old = 1; old <= 20; old++) {
            double shares = ratio * old;
            if (Math.abs(shares - Math.rint(shares)) < 1e-9 && shares >= 1) {
                return (long) Math.rint(shares) + ":" + old;
            }
        }
        return String.valueOf(ratio);
    }
}
