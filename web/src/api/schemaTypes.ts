/*
 * TypeScript mirror of the parts of schema/*.graphql the web client selects.
 * Written by hand because no GraphQL codegen is installed yet; when graphql-codegen joins the
 * project, generated types replace this file. Keep names and nullability identical to the SDL.
 */

export type EntityType = "STATE" | "PERSON" | "ORGANIZATION" | "AGREEMENT" | "MEETING" | "ARTICLE";

export type RelationType =
  | "PARTY_TO"
  | "SIGNED"
  | "PARTICIPATED_IN"
  | "HELD_IN"
  | "PRODUCED"
  | "HOLDS_OFFICE"
  | "PART_OF"
  | "BUILDS_ON"
  | "MENTIONED_IN";

export type Direction = "OUT" | "IN";

export type DatePrecision = "YEAR" | "MONTH" | "DAY";

export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

export interface LocalizedName {
  lang: string;
  value: string;
}

export interface Evidence {
  articleId: string;
  articleTitle: string | null;
  language: string | null;
  publishedAt: string | null;
  sentence: string;
  start: number;
  end: number;
  spanStart: number;
  spanEnd: number;
}

export interface GraphNode {
  id: string;
  type: EntityType;
  label: string;
  labelEn: string | null;
  labelAr: string | null;
  kind: string | null;
  date: string | null;
  domains: string[] | null;
  degree: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string | null;
  sourceCount: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** The other end of a relationship, as the details query selects it. */
export type RelatedNode = Pick<GraphNode, "id" | "type" | "label" | "kind" | "date">;

export interface Relationship {
  type: RelationType;
  direction: Direction;
  other: RelatedNode;
  role: string | null;
  title: string | null;
  confidence: number | null;
  sourceCount: number;
  evidence: Evidence[];
}
