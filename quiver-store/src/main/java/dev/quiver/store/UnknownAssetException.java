package dev.quiver.store;

import dev.quiver.core.asset.AssetId;
import java.nio.file.Path;
import java.util.Objects;

/** Thrown when a symbol asked for has never been stored in the database at hand. */
public final class UnknownAssetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient AssetId id;

    /**
     * Creates the exception for {@code id}, missing from the database {@code file}.
     *
     * @throws NullPointerException if an argument is null
     */
    public UnknownAssetException(AssetId id, Path file) {
        super("unknown symbol '" + Objects.requireNonNull(id, "id").symbol() + "': not in the database "
                + Objects.requireNonNull(file, "file") + "; import or download it first");
        this.id = id;
    }

    /** The symbol that was asked for. */
    public AssetId id() {
        return id;
    }
}
