import { EXPORT_DEFAULT_MAX_NODES, EXPORT_MAX_DEPTH, type ExportScope } from "../graph/fetchExportGraph.ts";
import { GraphError } from "../graph/GraphError.ts";

/** What the CLI and the HTTP query give, as text. */
export interface ExportScopeInput {
  /** Comma-separated start ids, e.g. "state:MA,state:IL". */
  ids?: string | null;
  depth?: string | null;
  /** "true"/"1" to include articles (without their text) and their MENTIONED_IN edges. */
  articles?: string | boolean | null;
  maxNodes?: string | null;
}

/** Start ids one export takes: a view of the whole seed graph and more (POST sends them as a form). */
export const EXPORT_MAX_IDS = 20_000;

const bad = (message: string) => new GraphError("BAD_USER_INPUT", message);

/** Checks export parameters; a wrong one is a GraphError BAD_USER_INPUT with a message that says how to fix it. */
export function parseExportScope(input: ExportScopeInput, maxNodesCeiling = EXPORT_DEFAULT_MAX_NODES): ExportScope {
  const ids = (input.ids ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (ids.length > EXPORT_MAX_IDS) throw bad(`at most ${EXPORT_MAX_IDS} ids`);
  if (ids.some((id) => id.length > 300)) throw bad("an id is longer than 300 characters");
  const scope: ExportScope = {};
  if (ids.length > 0) scope.ids = [...new Set(ids)];
  if (input.depth != null && input.depth !== "") {
    if (ids.length === 0) throw bad("depth needs ids (the start of the neighborhood)");
    // 0: the ids alone, with the links among them (the nodes a view shows).
    scope.depth = integerIn("depth", input.depth, 0, EXPORT_MAX_DEPTH);
  }
  if (input.articles != null && input.articles !== "") {
    const a = typeof input.articles === "boolean" ? input.articles : { true: true, "1": true, false: false, "0": false }[input.articles.toLowerCase()];
    if (a === undefined) throw bad("articles must be true or false");
    scope.includeArticles = a;
  }
  if (input.maxNodes != null && input.maxNodes !== "") scope.maxNodes = integerIn("maxNodes", input.maxNodes, 1, maxNodesCeiling);
  return scope;
}

function integerIn(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < min || n > max) throw bad(`${name} must be an integer from ${min} to ${max}`);
  return n;
}
