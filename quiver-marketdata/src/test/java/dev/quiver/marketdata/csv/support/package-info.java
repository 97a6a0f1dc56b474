/** Shared fixtures for the CSV import tests: the bundled price files and small files written on the fly. */
package dev.quiver.marketdata.csv.support;
