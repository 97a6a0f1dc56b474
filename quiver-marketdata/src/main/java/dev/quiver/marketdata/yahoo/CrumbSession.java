package dev.quiver.marketdata.yahoo;

import dev.quiver.marketdata.MalformedResponseException;
import dev.quiver.marketdata.UnauthorizedException;
import dev.quiver.marketdata.http.PoliteClient;
import dev.quiver.marketdata.http.TextResponse;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The cookie and crumb that Yahoo's quote endpoints require. The handshake: a GET of the cookie page
 * (whatever its status, it sets the session cookie, which the HTTP client's cookie store keeps), then
 * a GET of {@code /v1/test/getcrumb}, whose plain-text body is the crumb. A body that does not look
 * like a crumb is refused, so that a rate-limit text ("Too Many Requests") is never sent as one; a 429
 * is retried by the {@link PoliteClient} and never read as a crumb. Thread-safe: one handshake at a
 * time, its crumb shared until {@link #discard}ed.
 */
final class CrumbSession {

    private static final Pattern CRUMB = Pattern.compile("[A-Za-z0-9./_\\-]{1,64}");

    private final PoliteClient http;
    private final URI cookiePage;
    private final URI crumbUrl;
    private String crumb;

    CrumbSession(PoliteClient http, URI cookiePage, URI crumbUrl) {
        this.http = Objects.requireNonNull(http, "http");
        this.cookiePage = Objects.requireNonNull(cookiePage, "cookiePage");
        this.crumbUrl = Objects.requireNonNull(crumbUrl, "crumbUrl");
    }

    /**
     * The current crumb, after a handshake if there is none.
     *
     * @throws UnauthorizedException if Yahoo gives no crumb
     * @throws MalformedResponseException if what it gives is not a crumb
     */
    synchronized String crumb() {
        if (crumb == null) {
            crumb = handshake();
        }
        return crumb;
    }

    /** Forgets {@code stale} if it is still the current crumb, so that the next {@link #crumb} renews it. */
    synchronized void discard(String stale) {
        if (Objects.equals(crumb, stale)) {
            crumb = null;
        }
    }

    private String handshake() {
        http.get(cookiePage, Map.of());
        TextResponse response = http.get(crumbUrl, Map.of());
        if (response.status() != 200) {
            throw new UnauthorizedException(
                    YahooConfig.SOURCE,
                    "no crumb: HTTP " + response.status() + " from " + response.shownUrl() + " '" + response.excerpt()
                            + "'");
        }
        String text = response.body().strip();
        if (!CRUMB.matcher(text).matches()) {
            throw new MalformedResponseException(
                    YahooConfig.SOURCE, response.shownUrl(), "not a crumb: '" + response.excerpt() + "'", "", null);
        }
        return text;
    }
}
