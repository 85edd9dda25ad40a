import type { Evidence, GraphNode, LocalizedName, PartialDate, Relationship } from "./generated/graphqlTypes.ts";

/** The other end of a relationship, as the details query selects it. */
export type RelatedNode = Pick<GraphNode, "id" | "type" | "label" | "labelEn" | "labelAr" | "kind" | "date">;

/** A relationship as the details query selects it. */
export type RelationshipDetails = Omit<Relationship, "other" | "__typename"> & { other: RelatedNode };

const EVIDENCE_FIELDS = /* GraphQL */ `
  articleId
  articleTitle
  language
  publishedAt
  sentence
  start
  end
  spanStart
  spanEnd
`;

const RELATIONSHIP_FIELDS = /* GraphQL */ `
  type
  direction
  other { id type label labelEn labelAr kind date }
  role
  title
  confidence
  sourceCount
  evidence { ${EVIDENCE_FIELDS} }
  evidenceCount
`;

/** Relationships and mentions the details panel asks for at once; "show more" pages on. */
export const DETAILS_PAGE_SIZE = { relationships: 100, mentions: 30 } as const;

// Every entity type selects the same relationships and mentions; the inline fragments below
// differ only in their own facts.
const RELATIONSHIPS_AND_MENTIONS = /* GraphQL */ `
  relationships(first: ${DETAILS_PAGE_SIZE.relationships}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${RELATIONSHIP_FIELDS} }
  }
  mentions(first: ${DETAILS_PAGE_SIZE.mentions}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${EVIDENCE_FIELDS} }
  }
`;

/** The entity types the details panel shows, and the id prefix of each (see the server's global ids). */
export const ENTITY_TYPENAMES = ["State", "Person", "Organization", "Agreement", "Meeting"] as const;
export type EntityTypename = (typeof ENTITY_TYPENAMES)[number];

const ID_PREFIX: Record<string, EntityTypename> = {
  state: "State",
  person: "Person",
  org: "Organization",
  agreement: "Agreement",
  meeting: "Meeting",
};

/** The entity type a global id names, or null for articles and anything else. */
export function entityTypenameOfId(id: string): EntityTypename | null {
  return ID_PREFIX[id.slice(0, id.indexOf(":"))] ?? null;
}

/** The next page of an entity's relationships, after `after`. One type per query keeps its cost low. */
export function moreRelationshipsQuery(typename: EntityTypename): string {
  return /* GraphQL */ `
  query MoreRelationships($id: ID!, $after: String!) {
    node(id: $id) {
      ... on ${typename} { relationships(first: ${DETAILS_PAGE_SIZE.relationships}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${RELATIONSHIP_FIELDS} } } }
    }
  }
`;
}

/** The next page of an entity's mentions, after `after`. */
export function moreMentionsQuery(typename: EntityTypename): string {
  return /* GraphQL */ `
  query MoreMentions($id: ID!, $after: String!) {
    node(id: $id) {
      ... on ${typename} { mentions(first: ${DETAILS_PAGE_SIZE.mentions}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${EVIDENCE_FIELDS} } } }
    }
  }
`;
}

export interface MorePageVariables extends Record<string, unknown> {
  id: string;
  after: string;
}

/** A page of a list as the details queries select it. */
export interface DetailsPage<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: T[];
}

export interface MoreRelationshipsData {
  node: { relationships?: DetailsPage<RelationshipDetails> } | null;
}

export interface MoreMentionsData {
  node: { mentions?: DetailsPage<Evidence> } | null;
}

/** One entity by global id with its facts, relationships and the evidence sentences for them. */
// Agreement.name and Meeting.name are nullable while State/Person/Organization.name are not;
// GraphQL refuses one response key with two types, so the nullable ones are aliased `nameInText`.
const ENTITY_FIELDS: Record<EntityTypename, string> = {
  State: /* GraphQL */ `
        iso2
        name
        names { lang value }
        aliases
        ${RELATIONSHIPS_AND_MENTIONS}
  `,
  Person: /* GraphQL */ `
        name
        names { lang value }
        aliases
        title
        stateIso2
        ${RELATIONSHIPS_AND_MENTIONS}
  `,
  Organization: /* GraphQL */ `
        name
        names { lang value }
        aliases
        kind
        stateIso2
        ${RELATIONSHIPS_AND_MENTIONS}
  `,
  Agreement: /* GraphQL */ `
        label
        kind
        nameInText: name
        aliases
        domains
        signedOn { value precision }
        status
        partyIso2
        ${RELATIONSHIPS_AND_MENTIONS}
  `,
  Meeting: /* GraphQL */ `
        label
        kind
        nameInText: name
        aliases
        startDate { value precision }
        endDate { value precision }
        hostIso2
        participantIso2
        ${RELATIONSHIPS_AND_MENTIONS}
  `,
};

/**
 * One entity by global id with its facts, relationships and the evidence sentences for them. The
 * query names only the entity's own type (from its id): the API prices a query by what it could
 * return, and five inline fragments of 100 relationships each would cost five times one.
 */
export function nodeDetailsQuery(typename: EntityTypename | null): string {
  return /* GraphQL */ `
  query NodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ${typename ? `... on ${typename} {${ENTITY_FIELDS[typename]}}` : ""}
    }
  }
`;
}

export interface NodeDetailsVariables extends Record<string, unknown> {
  id: string;
}

interface EntityDetailsBase {
  id: string;
  relationships: DetailsPage<RelationshipDetails>;
  mentions: DetailsPage<Evidence>;
}

export interface StateDetails extends EntityDetailsBase {
  __typename: "State";
  iso2: string;
  name: string;
  names: LocalizedName[];
  aliases: string[];
}

export interface PersonDetails extends EntityDetailsBase {
  __typename: "Person";
  name: string;
  names: LocalizedName[];
  aliases: string[];
  title: string | null;
  stateIso2: string | null;
}

export interface OrganizationDetails extends EntityDetailsBase {
  __typename: "Organization";
  name: string;
  names: LocalizedName[];
  aliases: string[];
  kind: string;
  stateIso2: string | null;
}

export interface AgreementDetails extends EntityDetailsBase {
  __typename: "Agreement";
  label: string;
  kind: string;
  nameInText: string | null;
  aliases: string[];
  domains: string[];
  signedOn: PartialDate | null;
  status: string | null;
  partyIso2: string[];
}

export interface MeetingDetails extends EntityDetailsBase {
  __typename: "Meeting";
  label: string;
  kind: string;
  nameInText: string | null;
  aliases: string[];
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  hostIso2: string | null;
  participantIso2: string[];
}

export type EntityDetails = StateDetails | PersonDetails | OrganizationDetails | AgreementDetails | MeetingDetails;

/** `node` may also resolve to an Article, which the details panel does not show. */
export interface OtherNodeDetails {
  __typename: "Article";
  id: string;
}

export interface NodeDetailsData {
  node: EntityDetails | OtherNodeDetails | null;
}
