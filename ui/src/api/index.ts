import { QuiverApi } from "./client";

export * from "./types";
export * from "./errors";
export { QuiverApi, withQuery, type DateRange, type BarsRequest } from "./client";
export { isExpressionProblem, isFinished } from "./parse";

/** The client the pages use: the page's own origin (the Quiver server, or Vite's proxy to it). */
export const api = new QuiverApi();
