/**
 * Frames (a time axis and named numeric columns) and their encodings on the wire: a JSON object, an
 * Arrow IPC stream and MessagePack. Encoders are small, stateless apart from Arrow's allocator, and
 * each has a test that decodes what it encodes.
 */
package dev.quiver.server.frame;
