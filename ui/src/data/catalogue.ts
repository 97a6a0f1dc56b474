import { api, type Analytic, type Asset } from "@/api";
import { useAsync } from "@/lib/use-async";

/**
 * The catalogue and the asset list, fetched once per page load and shared by every view (the
 * catalogue never changes while a server runs; the asset list is fetched again on reload()).
 */

let catalogue: Promise<Analytic[]> | null = null;

function loadCatalogue(): Promise<Analytic[]> {
  catalogue ??= api.catalogue().catch((error: unknown) => {
    catalogue = null;
    throw error;
  });
  return catalogue;
}

export function useCatalogue() {
  return useAsync(() => loadCatalogue(), []);
}

export function useAssets() {
  return useAsync((signal: AbortSignal): Promise<Asset[]> => api.assets(signal), []);
}

/** The analytic an expression calls, found in the catalogue. */
export function analyticOf(list: readonly Analytic[] | null, name: string | null): Analytic | undefined {
  return name ? list?.find((a) => a.name === name) : undefined;
}
