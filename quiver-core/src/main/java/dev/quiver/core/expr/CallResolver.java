package dev.quiver.core.expr;

/**
 * Binds a parsed call to an analytic of the catalogue: the seam between the syntax and the catalogue.
 *
 * <p>The {@link Normalizer} calls {@link #resolve} once per call node, outermost first, and resolves the
 * returned inputs in turn. An implementation fills omitted series inputs with the analytic's defaults,
 * binds positional parameters in the catalogue's order and named ones by name, and fills defaults. It
 * may read an asset-less {@link FieldRef} standing where an enumeration is expected as that value.
 * Implementations must be thread-safe and free of side effects.
 */
@FunctionalInterface
public interface CallResolver {

    /**
     * Resolves one call; its inputs are resolved afterwards by the caller.
     *
     * @param call the call as parsed; not null
     * @return the call with every input and parameter given
     * @throws ResolutionException if the call does not fit the analytic, at the offending node's start
     */
    ResolvedCall resolve(Call call);
}
