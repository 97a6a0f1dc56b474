/**
 * Download jobs of the server: each {@code POST /api/downloads} becomes a {@link
 * dev.quiver.server.download.DownloadJob} run by the market-data module's downloader on a bounded
 * executor that {@link dev.quiver.server.download.DownloadJobs} owns, with a bounded table of jobs.
 */
package dev.quiver.server.download;
