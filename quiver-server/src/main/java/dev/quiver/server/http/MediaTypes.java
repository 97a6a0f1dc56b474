package dev.quiver.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation over an {@code Accept} header (RFC 9110): the offered media type with the
 * highest quality, the most specific matching range deciding each type's quality, ties going to the
 * server's order. Stateless.
 */
public final class MediaTypes {

    private MediaTypes() {}

    /** One media range of an Accept header with its quality. */
    private record Range(String type, String subtype, double quality) {

        /** How well this range matches {@code mediaType}: 3 exact, 2 type/*, 1 any, 0 not at all. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(s) ? 3 : 0;
        }
    }

    /**
     * The offered type to answer with.
     *
     * @param accept the request's Accept header; null or blank accepts anything
     * @param offered the types the route can write, preferred first (lower case)
     * @return empty when the client accepts none of them
     */
    public static Optional<String> choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQuality = 0;
        for (String type : offered) {
            double quality = quality(ranges, type);
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String mediaType) {
        int specificity = 0;
        double quality = 0;
        for (Range range : ranges) {
            int s = range.specificity(mediaType);
            if (s > specificity) {
                specificity = s;
                quality = range.quality();
            }
        }
        return quality;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String media = pieces[0].strip().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1) {
                continue;
            }
            double quality = 1;
            for (int k = 1; k < pieces.length; k++) {
                String parameter = pieces[k].strip();
                if (parameter.startsWith("q=")) {
                    quality = parseQuality(parameter.substring(2));
                }
            }
            ranges.add(new Range(media.substring(0, slash), media.substring(slash + 1), quality));
        }
        return ranges;
    }

    private static double parseQuality(String text) {
        try {
            double q = Double.parseDouble(text.strip());
            return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
