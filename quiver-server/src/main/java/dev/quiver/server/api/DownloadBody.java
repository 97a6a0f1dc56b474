package dev.quiver.server.api;

import java.util.List;

/**
 * The body of {@code POST /api/downloads}. Immutable.
 *
 * @param symbols the symbols as the source spells them, at least one
 * @param from the first date (inclusive), optional: a year before {@code to}
 * @param to the last date (inclusive), optional: yesterday in UTC
 * @param source yahoo (default), alphavantage or polygon
 * @param refresh whether to fetch the last days of the range again, optional (false)
 */
record DownloadBody(List<String> symbols, String from, String to, String source, Boolean refresh) {}
