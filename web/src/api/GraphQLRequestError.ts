/**
 * Why a GraphQL request failed:
 * - `network`: the request never got an HTTP answer (server down, proxy misconfigured);
 * - `http`: an HTTP answer without a usable GraphQL body (5xx from a proxy, HTML error page);
 * - `graphql`: the API answered with `errors` (bad input, not found, masked server error).
 */
export type GraphQLRequestFailure = "network" | "http" | "graphql";

/** A failed GraphQL request, carrying the API's first error message and `extensions.code`. */
export class GraphQLRequestError extends Error {
  override readonly name = "GraphQLRequestError";
  readonly failure: GraphQLRequestFailure;
  /** `errors[0].extensions.code` (BAD_USER_INPUT, NOT_FOUND, ...) when the API gave one. */
  readonly code: string | undefined;
  /** HTTP status, when there was an HTTP answer. */
  readonly status: number | undefined;

  constructor(
    message: string,
    failure: GraphQLRequestFailure,
    options: { code?: string | undefined; status?: number | undefined; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.failure = failure;
    this.code = options.code;
    this.status = options.status;
  }
}
