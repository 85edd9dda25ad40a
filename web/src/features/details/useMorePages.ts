import { useCallback, useState } from "react";
import type { DetailsPage } from "../../api/nodeDetailsQuery.ts";
import { requestGraphQL } from "../../api/requestGraphQL.ts";

export interface MorePages<T> {
  items: T[];
  totalCount: number;
  hasMore: boolean;
  loading: boolean;
  error: Error | null;
  loadMore: () => void;
}

/**
 * A details list that starts with the first page the details query brought and appends the next
 * pages on demand, by cursor. Mount it with a `key` per entity so another entity starts afresh.
 */
export function useMorePages<T, TData>(
  first: DetailsPage<T>,
  query: string,
  id: string,
  pageOf: (data: TData) => DetailsPage<T> | undefined,
): MorePages<T> {
  const [pages, setPages] = useState<DetailsPage<T>[]>([first]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const last = pages.at(-1)!;

  const loadMore = useCallback(() => {
    const after = last.pageInfo.endCursor;
    if (loading || !last.pageInfo.hasNextPage || !after) return;
    setLoading(true);
    setError(null);
    requestGraphQL<TData, { id: string; after: string }>(query, { id, after }).then(
      (data) => {
        const next = pageOf(data);
        if (next) setPages((current) => [...current, next]);
        setLoading(false);
      },
      (failure: unknown) => {
        setError(failure instanceof Error ? failure : new Error(String(failure)));
        setLoading(false);
      },
    );
  }, [id, last, loading, pageOf, query]);

  return {
    items: pages.flatMap((page) => page.nodes),
    totalCount: last.totalCount,
    hasMore: last.pageInfo.hasNextPage,
    loading,
    error,
    loadMore,
  };
}
