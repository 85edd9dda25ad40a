import { useEffect, useState } from "react";
import {
  ARTICLE_ENTITIES_QUERY,
  ARTICLE_QUERY,
  type ArticleData,
  type ArticleEntitiesData,
  type ArticleEntitiesVariables,
  type ArticleResponse,
  type ArticleVariables,
} from "../../api/articleQuery.ts";
import { requestGraphQL } from "../../api/requestGraphQL.ts";
import type { QueryState } from "../../api/useGraphQLQuery.ts";

/** Pages an article's entity list may take at most (100 entities each). */
const MAX_ENTITY_PAGES = 50;

/** Reads one article and every page of the entities it mentions. */
export async function fetchArticle(id: string, signal?: AbortSignal): Promise<ArticleData> {
  const first = await requestGraphQL<ArticleResponse, ArticleVariables>(ARTICLE_QUERY, { id }, signal);
  if (!first.article) return { article: null };
  const entities = [...first.article.entities.nodes];
  let page = first.article.entities.pageInfo;
  for (let count = 1; page.hasNextPage && page.endCursor && count < MAX_ENTITY_PAGES; count += 1) {
    const next = await requestGraphQL<ArticleEntitiesData, ArticleEntitiesVariables>(ARTICLE_ENTITIES_QUERY, { id, after: page.endCursor }, signal);
    if (!next.article) break;
    entities.push(...next.article.entities.nodes);
    page = next.article.entities.pageInfo;
  }
  return { article: { ...first.article, entities } };
}

/** One article's text and entity spans; idle while no article is open. */
export function useArticle(id: string | null): QueryState<ArticleData> {
  const [state, setState] = useState<{ id: string | null; value: QueryState<ArticleData> }>({
    id: null,
    value: { status: "idle", data: undefined, error: undefined },
  });
  useEffect(() => {
    if (id === null) return;
    const controller = new AbortController();
    setState({ id, value: { status: "loading", data: undefined, error: undefined } });
    fetchArticle(id, controller.signal).then(
      (data) => setState({ id, value: { status: "success", data, error: undefined } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ id, value: { status: "error", data: undefined, error: error instanceof Error ? error : new Error(String(error)) } });
      },
    );
    return () => controller.abort();
  }, [id]);
  if (id === null) return { status: "idle", data: undefined, error: undefined };
  if (state.id !== id) return { status: "loading", data: undefined, error: undefined };
  return state.value;
}
