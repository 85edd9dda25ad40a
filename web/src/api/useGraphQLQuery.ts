import { useEffect, useState } from "react";
import { requestGraphQL } from "./requestGraphQL.ts";

export type QueryState<TData> =
  | { status: "idle"; data: undefined; error: undefined }
  | { status: "loading"; data: undefined; error: undefined }
  | { status: "success"; data: TData; error: undefined }
  | { status: "error"; data: undefined; error: Error };

const IDLE = { status: "idle", data: undefined, error: undefined } as const;
const LOADING = { status: "loading", data: undefined, error: undefined } as const;

/**
 * Runs `query` whenever `variables` change by value, or `refreshKey` changes (to fetch a list
 * again after a write); `null` variables mean "do not run". A newer request aborts the previous
 * one, so a slow answer never overwrites a newer one.
 */
export function useGraphQLQuery<TData, TVariables extends Record<string, unknown>>(
  query: string,
  variables: TVariables | null,
  refreshKey = 0,
): QueryState<TData> {
  const variablesJson = variables === null ? null : JSON.stringify(variables);
  const requestKey = variablesJson === null ? null : `${refreshKey}:${variablesJson}`;
  const [state, setState] = useState<{ key: string | null; value: QueryState<TData> }>({
    key: null,
    value: IDLE,
  });

  useEffect(() => {
    if (requestKey === null || variablesJson === null) return;
    const controller = new AbortController();
    setState({ key: requestKey, value: LOADING });
    requestGraphQL<TData, TVariables>(query, JSON.parse(variablesJson) as TVariables, controller.signal).then(
      (data) => setState({ key: requestKey, value: { status: "success", data, error: undefined } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const asError = error instanceof Error ? error : new Error(String(error));
        setState({ key: requestKey, value: { status: "error", data: undefined, error: asError } });
      },
    );
    return () => controller.abort();
  }, [query, requestKey, variablesJson]);

  if (requestKey === null) return IDLE;
  // Before the effect has started the request for new variables, report loading rather than
  // showing the previous variables' result for one render.
  if (state.key !== requestKey) return LOADING;
  return state.value;
}
