package dev.quiver.marketdata;

/** Formats a provider's own words as the tail of a failure's message. Stateless. */
final class Details {

    private Details() {}

    /** {@code " (detail)"}, or nothing when the detail is null or blank. */
    static String of(String detail) {
        return detail == null || detail.isBlank() ? "" : " (" + detail.strip() + ")";
    }
}
