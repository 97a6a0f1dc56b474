package dev.quiver.cli;

/** The layouts tabular results can be printed in. */
enum OutputFormat {
    /** Comma-separated, a header line first, empty cells for absent values. */
    CSV,
    /** A frame object: {@code {"symbol", "timestamps": [...], "columns": {name: [number|null...]}}}. */
    JSON
}
