/**
 * Test fixtures shared by the market-data tests and the CLI's: a stub HTTP server on a loopback
 * port that replays recorded answers and misbehaves on request, a manual clock with a sleeper that
 * only advances it, and the recorded Yahoo responses.
 */
package dev.quiver.marketdata.support;
