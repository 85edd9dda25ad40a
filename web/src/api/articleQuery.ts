import type { GraphNode, Span } from "./generated/graphqlTypes.ts";

/** Entities asked for per page; an article naming more is read page by page. */
export const ARTICLE_ENTITY_PAGE = 100;

const ENTITY_PAGE_FIELDS = /* GraphQL */ `
  totalCount
  pageInfo { hasNextPage endCursor }
  nodes {
    node { id type label }
    spans { start end }
  }
`;

/** One article's text with the entities it mentions and where, for the reader view. */
export const ARTICLE_QUERY = /* GraphQL */ `
  query Article($id: ID!) {
    article(id: $id) {
      id
      title
      url
      source
      language
      publishedAt
      text
      entities(first: ${ARTICLE_ENTITY_PAGE}) { ${ENTITY_PAGE_FIELDS} }
    }
  }
`;

export interface ArticleVariables extends Record<string, unknown> {
  id: string;
}

export interface ArticleEntityFields {
  node: Pick<GraphNode, "id" | "type" | "label">;
  spans: Pick<Span, "start" | "end">[];
}

export interface ArticleFields {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  language: string;
  publishedAt: string | null;
  text: string;
  entities: ArticleEntityFields[];
}

export interface ArticleData {
  article: ArticleFields | null;
}

/** The next entities of an article, after `after`. */
export const ARTICLE_ENTITIES_QUERY = /* GraphQL */ `
  query ArticleEntities($id: ID!, $after: String!) {
    article(id: $id) {
      entities(first: ${ARTICLE_ENTITY_PAGE}, after: $after) { ${ENTITY_PAGE_FIELDS} }
    }
  }
`;

/** A page of an article's entities as the reader's queries select it. */
export interface ArticleEntityPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: ArticleEntityFields[];
}

/** The article as the server answers ARTICLE_QUERY: entities still paged. */
export interface ArticleResponse {
  article: (Omit<ArticleFields, "entities"> & { entities: ArticleEntityPage }) | null;
}

export interface ArticleEntitiesData {
  article: { entities: ArticleEntityPage } | null;
}

export interface ArticleEntitiesVariables extends Record<string, unknown> {
  id: string;
  after: string;
}
