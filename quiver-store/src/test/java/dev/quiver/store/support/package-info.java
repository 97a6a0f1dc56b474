/** Shared fixtures of the store tests: bar builders, whole-store snapshots and a child process to kill. */
package dev.quiver.store.support;
