import { useCallback, useRef, useState } from "react";
import { PATHS_QUERY, type PathFields, type PathsData, type PathsVariables } from "../../api/pathsQuery.ts";
import { requestGraphQL } from "../../api/requestGraphQL.ts";

export type PathSearch =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "success"; paths: PathFields[] }
  | { status: "error"; error: Error };

const PATHS_SHOWN = 5;

/** Shortest paths between two entities, fetched when asked (a button), not on every change. */
export function usePathFinder() {
  const [search, setSearch] = useState<PathSearch>({ status: "idle" });
  const controllerRef = useRef<AbortController | null>(null);

  const find = useCallback(async (from: string, to: string, maxLength: number) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setSearch({ status: "loading" });
    try {
      const data = await requestGraphQL<PathsData, PathsVariables>(PATHS_QUERY, { from, to, maxLength, first: PATHS_SHOWN }, controller.signal);
      setSearch({ status: "success", paths: data.paths });
    } catch (error) {
      if (!controller.signal.aborted) setSearch({ status: "error", error: error instanceof Error ? error : new Error(String(error)) });
    }
  }, []);

  const clear = useCallback(() => {
    controllerRef.current?.abort();
    setSearch({ status: "idle" });
  }, []);

  return { search, find, clear };
}
