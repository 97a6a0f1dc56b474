/**
 * Assets as first-class values: identity, class, currency, time zone and calendar, and the
 * corporate actions (splits, cash dividends) that relate past prices to later ones.
 */
package dev.quiver.core.asset;
