import { useMemo } from "react";
import { ARTICLE_QUERY, type ArticleData, type ArticleVariables } from "../../api/articleQuery.ts";
import { useGraphQLQuery, type QueryState } from "../../api/useGraphQLQuery.ts";

/** One article's text and entity spans; idle while no article is open. */
export function useArticle(id: string | null): QueryState<ArticleData> {
  const variables = useMemo<ArticleVariables | null>(() => (id === null ? null : { id }), [id]);
  return useGraphQLQuery<ArticleData, ArticleVariables>(ARTICLE_QUERY, variables);
}
