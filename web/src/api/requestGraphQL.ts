import { GraphQLRequestError } from "./GraphQLRequestError.ts";

/** The endpoint is same-origin: `npm start` serves the web build and /graphql together. */
const GRAPHQL_ENDPOINT = "/graphql";

interface GraphQLErrorEntry {
  message?: unknown;
  extensions?: { code?: unknown } | null;
}

interface GraphQLResponseBody<TData> {
  data?: TData | null;
  errors?: GraphQLErrorEntry[];
}

/**
 * The one GraphQL client of the web app: POSTs an operation as JSON and resolves with `data`,
 * or rejects with a {@link GraphQLRequestError} whose message says what went wrong. With `apiKey`,
 * it is sent as `Authorization: Bearer <key>` (mutations need one).
 */
export async function requestGraphQL<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  query: string,
  variables: TVariables,
  signal?: AbortSignal,
  apiKey?: string,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        // Writes need a key; reads are public, so no header is sent without one.
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new GraphQLRequestError(`Cannot reach the API: ${describe(cause)}`, "network", { cause });
  }

  let body: GraphQLResponseBody<TData> | undefined;
  try {
    body = (await response.json()) as GraphQLResponseBody<TData>;
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new GraphQLRequestError(
      `The API answered HTTP ${response.status} ${response.statusText} without a GraphQL response`,
      "http",
      { status: response.status, cause },
    );
  }

  const firstError = body.errors?.[0];
  if (firstError) {
    const code = typeof firstError.extensions?.code === "string" ? firstError.extensions.code : undefined;
    const message = typeof firstError.message === "string" ? firstError.message : "Unknown GraphQL error";
    throw new GraphQLRequestError(message, "graphql", { code, status: response.status });
  }
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(`The API answered HTTP ${response.status} without data`, "http", {
      status: response.status,
    });
  }
  return body.data;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
