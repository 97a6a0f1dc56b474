import { api } from "@/api";

/**
 * Checks expressions with the server before they are used: planning a graph needs no data, so a bad
 * expression fails here with a problem that names its position (thrown as a ProblemError).
 */
export async function checkExpressions(symbol: string, expressions: readonly string[]): Promise<void> {
  if (expressions.length > 0) await api.graph(symbol, expressions);
}
