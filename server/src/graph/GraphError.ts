/** An expected failure at the graph boundary; the API turns `code` into `extensions.code`. */
export class GraphError extends Error {
  readonly code: "DATABASE_UNAVAILABLE" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT" | "DATABASE_ERROR";
  constructor(code: GraphError["code"], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "GraphError";
    this.code = code;
  }
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** Translates a driver error into a GraphError whose message never carries Cypher or credentials. */
export function toGraphError(e: unknown): GraphError {
  if (e instanceof GraphError) return e;
  const code = String((e as { code?: unknown })?.code ?? "");
  if (UNAVAILABLE.has(code) || /ECONNREFUSED|connect|Pool is closed/i.test(String((e as Error)?.message ?? ""))) {
    return new GraphError("DATABASE_UNAVAILABLE", "the graph database is not reachable; try again shortly", { cause: e });
  }
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new GraphError("DATABASE_UNAVAILABLE", "the graph database refused the configured credentials", { cause: e });
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new GraphError("CONFLICT", "a concurrent write created the same entity; retry", { cause: e });
  }
  if (code.startsWith("Neo.TransientError")) {
    return new GraphError("DATABASE_UNAVAILABLE", "the graph database is busy; try again", { cause: e });
  }
  return new GraphError("DATABASE_ERROR", "the graph database failed to answer this request", { cause: e });
}
