package dev.quiver.cli;

/** Bad input found by a command itself (an empty range, a wrong combination of options). */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
