/** The standard catalogue: every family's analytics in one {@link dev.quiver.core.analytics.Catalogue}. */
package dev.quiver.core.analytics.standard;
