/**
 * Replaying recorded bars as live input to the push engine (or any {@link
 * dev.quiver.core.engine.push.PushInput}), bar by bar or as synthetic intrabar trades, at a speed
 * factor or as fast as possible.
 */
package dev.quiver.core.engine.push.replay;
