package dev.quiver.marketdata.http;

import dev.quiver.marketdata.NetworkUnreachableException;
import dev.quiver.marketdata.ProviderErrorException;
import dev.quiver.marketdata.RateLimitedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends GET requests for one source, politely: each attempt first waits for the source's {@link
 * RateLimiter}; a 429, a 5xx, a timeout or a connection cut off is tried again after a backoff (or
 * the {@code Retry-After} the provider asks for), up to the {@link RetryPolicy}'s attempts. Other
 * answers, 4xx included, are returned for the adapter to interpret.
 *
 * <p>When retrying cannot help or is used up: a refused connection (no network, wrong URL) fails at
 * once with {@link NetworkUnreachableException}, as do timeouts and broken connections after the last
 * attempt; a 429 ends in {@link RateLimitedException}, a 5xx in {@link ProviderErrorException}. Every
 * attempt, body included, is bounded by the request timeout. Thread-safe.
 */
public final class PoliteClient {

    private static final Logger LOG = LoggerFactory.getLogger(PoliteClient.class);
    private static final int TOO_MANY_REQUESTS = 429;

    private final String source;
    private final HttpClient client;
    private final HttpSettings settings;
    private final RateLimiter limiter;
    private final Pacing pacing;

    /**
     * Creates a client for {@code source}.
     *
     * @param source the source's name, for messages
     * @param client the JDK client that sends (see {@link #httpClient})
     * @param settings timeouts, retries and user agent
     * @param limiter the source's rate limiter, shared by all its clients
     * @param pacing the clock, sleeper and jitter of backoffs
     */
    public PoliteClient(String source, HttpClient client, HttpSettings settings, RateLimiter limiter, Pacing pacing) {
        this.source = Objects.requireNonNull(source, "source");
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
    }

    /**
     * A JDK client with the connect timeout of {@code settings}, following redirects within a scheme,
     * keeping cookies in {@code cookies} when it is not null.
     */
    public static HttpClient httpClient(HttpSettings settings, CookieHandler cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    /**
     * Sends a GET to {@code uri} with {@code headers}, retrying as described above.
     *
     * @return the first answer that is neither a 429 nor a 5xx
     * @throws NetworkUnreachableException if the provider cannot be reached
     * @throws RateLimitedException if every attempt was refused with 429, or the rate limiter or a
     *     {@code Retry-After} asks for a longer wait than allowed
     * @throws ProviderErrorException if every attempt ended in a 5xx
     * @throws CancellationException if the thread is interrupted; its interrupt flag is then set
     */
    public TextResponse get(URI uri, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json, text/plain;q=0.9, */*;q=0.8");
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        int attempts = settings.retry().maxAttempts();
        try {
            for (int attempt = 1; ; attempt++) {
                limiter.acquire();
                Attempt outcome = send(request);
                Optional<Duration> wait = outcome.retryAfter(pacing);
                if (!outcome.isRetryable() && outcome.response() != null) {
                    return outcome.response();
                }
                if (!outcome.isRetryable() || attempt == attempts || exceedsLongestRetryAfter(wait)) {
                    throw outcome.failure(source, attempt, wait);
                }
                Duration delay = wait.isPresent()
                        ? wait.get()
                        : settings.retry().backoff(attempt, pacing.jitter().getAsDouble());
                LOG.info(
                        "{}: {} from {}; attempt {} of {} in {} ms",
                        source,
                        outcome.describe(),
                        Urls.shown(uri),
                        attempt + 1,
                        attempts,
                        delay.toMillis());
                pacing.sleeper().sleep(delay);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled =
                    new CancellationException("interrupted while requesting " + Urls.shown(uri));
            cancelled.initCause(e);
            throw cancelled;
        }
    }

    private boolean exceedsLongestRetryAfter(Optional<Duration> wait) {
        return wait.isPresent() && wait.get().compareTo(settings.retry().longestRetryAfter()) > 0;
    }

    private Attempt send(HttpRequest request) throws InterruptedException {
        CompletableFuture<HttpResponse<String>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> r = future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return Attempt.answered(new TextResponse(request.uri(), r.statusCode(), r.headers(), r.body()));
        } catch (TimeoutException e) {
            future.cancel(true);
            return Attempt.failed(request.uri(), timeout());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return Attempt.failed(request.uri(), timeout());
            }
            return Attempt.failed(request.uri(), cause instanceof IOException io ? io : new IOException(cause));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private HttpTimeoutException timeout() {
        return new HttpTimeoutException(
                "no complete answer within " + settings.requestTimeout().toMillis() + " ms");
    }

    /** One attempt: an answer, or the I/O failure that prevented one. */
    private record Attempt(URI uri, TextResponse response, IOException error) {

        static Attempt answered(TextResponse response) {
            return new Attempt(response.uri(), response, null);
        }

        static Attempt failed(URI uri, IOException error) {
            return new Attempt(uri, null, error);
        }

        boolean isRetryable() {
            if (response == null) {
                return !(error instanceof ConnectException);
            }
            return response.status() == TOO_MANY_REQUESTS || response.status() >= 500;
        }

        Optional<Duration> retryAfter(Pacing pacing) {
            return response == null
                    ? Optional.empty()
                    : RetryAfter.parse(
                            response.header("Retry-After"), pacing.clock().instant());
        }

        String describe() {
            if (response == null) {
                return error instanceof HttpTimeoutException ? "timeout" : "connection failure (" + error + ")";
            }
            return "HTTP " + response.status();
        }

        RuntimeException failure(String source, int attempt, Optional<Duration> wait) {
            String url = Urls.shown(uri);
            String tries = attempt == 1 ? "" : " (" + attempt + " attempts)";
            if (response == null) {
                String reason = error instanceof ConnectException
                        ? "connection refused or no route to the host (is the network up and the URL right?)"
                        : error instanceof HttpTimeoutException ? error.getMessage() : "connection broken: " + error;
                return new NetworkUnreachableException(source, url, reason + tries, error);
            }
            if (response.status() == TOO_MANY_REQUESTS) {
                return new RateLimitedException(
                        source, "HTTP 429 from " + url + tries + " '" + response.excerpt() + "'", wait.orElse(null));
            }
            return new ProviderErrorException(source, url, response.status(), response.excerpt());
        }
    }
}
