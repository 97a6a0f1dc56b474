import type { Analytic } from "@/api";
import { parseCatalogue } from "@/api/parse";
import fixture from "@/test/fixtures/catalogue.json";

/** The engine's real catalogue (see fixtures/README.md). */
export const CATALOGUE: Analytic[] = parseCatalogue(fixture);

export function analytic(name: string): Analytic {
  const found = CATALOGUE.find((a) => a.name === name);
  if (!found) throw new Error(`no analytic ${name} in the fixture`);
  return found;
}
