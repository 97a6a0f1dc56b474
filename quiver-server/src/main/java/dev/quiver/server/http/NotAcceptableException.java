package dev.quiver.server.http;

import java.util.List;

/** The client accepts none of the media types a route can write: 406, listing them. */
public final class NotAcceptableException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /**
     * @param accept the request's Accept header
     * @param offered what the route can write
     */
    public NotAcceptableException(String accept, List<String> offered) {
        super(Problem.of(
                        "not-acceptable",
                        "Not acceptable",
                        406,
                        "cannot answer in '" + accept + "': this route writes " + String.join(", ", offered))
                .with("accepted", List.copyOf(offered)));
    }
}
