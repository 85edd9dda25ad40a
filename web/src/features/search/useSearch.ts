import { useEffect, useState } from "react";
import { useGraphQLQuery, type QueryState } from "../../api/useGraphQLQuery.ts";
import { SEARCH_QUERY, type SearchData, type SearchVariables } from "../../api/searchQuery.ts";

const DEBOUNCE_MS = 200;
const MAX_SUGGESTIONS = 8;

/** Search hits for what the user typed, debounced so each keystroke does not hit the API. */
export function useSearch(text: string): QueryState<SearchData> {
  const trimmed = text.trim();
  const [debounced, setDebounced] = useState(trimmed);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(trimmed), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [trimmed]);

  const variables: SearchVariables | null = debounced === "" ? null : { text: debounced, first: MAX_SUGGESTIONS };
  return useGraphQLQuery<SearchData, SearchVariables>(SEARCH_QUERY, variables);
}
