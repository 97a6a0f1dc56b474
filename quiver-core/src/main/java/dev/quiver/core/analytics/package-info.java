/**
 * The analytics framework: the catalogue of analytic definitions (names, inputs, parameters,
 * outputs, lookbacks and conventions), parameter binding, and the two ways every analytic computes:
 * a batch kernel over whole columns and an incremental state updated bar by bar.
 *
 * <p>An analytic is found by name in a {@link dev.quiver.core.analytics.Catalogue}, bound to
 * parameter values ({@link dev.quiver.core.analytics.AnalyticDefinition#bind}), and the resulting
 * {@link dev.quiver.core.analytics.BoundAnalytic} creates a {@link
 * dev.quiver.core.analytics.BatchKernel} and any number of {@link
 * dev.quiver.core.analytics.IncrementalState}s. Both give the same numbers: they share their step
 * arithmetic.
 *
 * <p>Missing values: NaN is "no value". A row of inputs with a NaN in any input is skipped: it
 * yields NaN outputs and does not advance the state, in batch and incremental form alike. Leading
 * outputs are NaN until the analytic's lookback is satisfied.
 */
package dev.quiver.core.analytics;
