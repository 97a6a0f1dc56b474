/**
 * SQLite storage of assets, raw bars, corporate actions and coverage (what was fetched, from where,
 * when), with versioned schema migrations. {@link dev.quiver.store.BarStore} is the entry point;
 * adjusted views are computed on read from the stored raw prices and actions.
 */
package dev.quiver.store;
