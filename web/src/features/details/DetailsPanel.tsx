import { useEffect, useRef, useState, type ReactNode } from "react";
import type { EntityType } from "../../api/generated/graphqlTypes.ts";
import {
  moreMentionsQuery,
  moreRelationshipsQuery,
  type EntityDetails,
  type MoreMentionsData,
  type MoreRelationshipsData,
  type NodeDetailsData,
} from "../../api/nodeDetailsQuery.ts";
import { describeApiError } from "../../describeApiError.ts";
import type { ExplorerNode } from "../../explorer/LoadedGraph.ts";
import { NodeShapeIcon } from "../../graph/NodeShapeIcon.tsx";
import { NODE_TYPE_STYLES } from "../../graph/nodeTypeStyles.ts";
import { labelIn } from "../../graph/toNetworkElements.ts";
import { labelOfKind } from "../../i18n/labelOfValue.ts";
import { useLanguage } from "../../i18n/useLanguage.ts";
import { EntityFacts } from "./EntityFacts.tsx";
import { EvidenceSentence } from "./EvidenceSentence.tsx";
import { RelationshipGroups } from "./RelationshipGroups.tsx";
import { useEntityDetails } from "./useEntityDetails.ts";
import { useMorePages, type MorePages } from "./useMorePages.ts";

export interface DetailsPanelProps {
  selectedId: string;
  /** Nodes of the network, to name states referenced by ISO code. */
  nodesById: ReadonlyMap<string, ExplorerNode>;
  /** Explorer actions for the selected node (expand, hide, pin ...), shown under the title. */
  actions?: ReactNode;
  onSelect: (id: string) => void;
  onClose: () => void;
}

const ENTITY_TYPE_BY_TYPENAME: Record<EntityDetails["__typename"], EntityType> = {
  State: "STATE",
  Person: "PERSON",
  Organization: "ORGANIZATION",
  Agreement: "AGREEMENT",
  Meeting: "MEETING",
};

/** The selected entity: its names, facts, relationships and the sentences that state them. */
export function DetailsPanel({ selectedId, nodesById, actions, onSelect, onClose }: DetailsPanelProps) {
  const details = useEntityDetails(selectedId);
  const { messages } = useLanguage();
  const panelRef = useRef<HTMLElement>(null);
  // While the next entity loads, the previous one stays on screen, dimmed, instead of a blank panel.
  const [previous, setPrevious] = useState<NodeDetailsData | null>(null);
  if (details.status === "success" && details.data !== previous) setPrevious(details.data);
  const shown = details.status === "success" ? details.data : details.status === "loading" ? previous : null;

  useEffect(() => {
    panelRef.current?.scrollTo({ top: 0 });
  }, [selectedId]);

  return (
    <aside
      ref={panelRef}
      className="details"
      data-testid="details-panel"
      aria-label={messages.details.label}
      aria-busy={details.status === "loading"}
    >
      <button type="button" className="details__close" onClick={onClose} aria-label={messages.details.close}>
        ×
      </button>
      {details.status === "loading" && !shown && (
        <p className="status" role="status">
          {messages.details.loading}
        </p>
      )}
      {details.status === "error" && (
        <p className="status status--error" role="alert">
          {messages.details.failed(describeApiError(details.error, messages))}
        </p>
      )}
      {shown && (
        <div className={details.status === "loading" ? "details__body details__body--stale" : "details__body"}>
          {shown.node === null || shown.node.__typename === "Article" ? (
            <p className="status">{messages.details.nothingToShow(selectedId)}</p>
          ) : (
            <EntityDetailsView
              entity={shown.node}
              networkNode={nodesById.get(shown.node.id)}
              nodesById={nodesById}
              actions={shown.node.id === selectedId ? actions : null}
              onSelect={onSelect}
            />
          )}
        </div>
      )}
    </aside>
  );
}

interface EntityDetailsViewProps {
  entity: EntityDetails;
  networkNode: ExplorerNode | undefined;
  nodesById: ReadonlyMap<string, ExplorerNode>;
  actions: ReactNode;
  onSelect: (id: string) => void;
}

function EntityDetailsView({ entity, networkNode, nodesById, actions, onSelect }: EntityDetailsViewProps) {
  const { language, messages } = useLanguage();
  const type = ENTITY_TYPE_BY_TYPENAME[entity.__typename];
  const style = NODE_TYPE_STYLES[type];
  const typeName = messages.entityTypes[type];
  const ownTitle = "name" in entity && entity.name ? entity.name : "label" in entity ? entity.label : entity.id;
  // Head with the name in the interface language when the graph knows it.
  const title = networkNode ? labelIn({ ...networkNode, label: ownTitle }, language) : ownTitle;
  // The network labels a node in its own language; show it when the heading uses another one.
  const ownLabel = networkNode && networkNode.label !== title ? networkNode.label : ownTitle !== title ? ownTitle : null;
  // "Agreement · agreement" says nothing twice: show the kind only when it refines the type.
  const kind = "kind" in entity && entity.kind.toLowerCase() !== style.name.toLowerCase() ? labelOfKind(messages, type, entity.kind) : null;
  return (
    <>
      <header className="details__header">
        <p className="details__type">
          <NodeShapeIcon shape={style.shape} fill={style.color} stroke={style.borderColor} />
          {typeName}
          {kind && <span className="muted"> · {kind}</span>}
        </p>
        <h2 className="details__title">
          <bdi>{title}</bdi>
          {ownLabel && (
            <>
              {" "}
              <bdi className="details__own-label">{ownLabel}</bdi>
            </>
          )}
        </h2>
      </header>
      {actions}
      <EntityFacts entity={entity} nodesById={nodesById} onSelect={onSelect} />
      <EntityLists key={entity.id} entity={entity} onSelect={onSelect} />
    </>
  );
}

const relationshipsPage = (data: MoreRelationshipsData) => data.node?.relationships;
const mentionsPage = (data: MoreMentionsData) => data.node?.mentions;

/** Relationships and mentions, first pages from the details query, more on demand. */
function EntityLists({ entity, onSelect }: { entity: EntityDetails; onSelect: (id: string) => void }) {
  const { messages } = useLanguage();
  const relationships = useMorePages(entity.relationships, moreRelationshipsQuery(entity.__typename), entity.id, relationshipsPage);
  const mentions = useMorePages(entity.mentions, moreMentionsQuery(entity.__typename), entity.id, mentionsPage);
  return (
    <>
      <section>
        <h3 className="details__section-title">{messages.details.relationships}</h3>
        <RelationshipGroups relationships={relationships.items} onSelect={onSelect} />
        <ShowMore list={relationships} testId="more-relationships" />
      </section>
      <details className="mentions" open={relationships.totalCount === 0}>
        <summary className="details__section-title">{messages.details.mentions(mentions.totalCount)}</summary>
        {mentions.items.map((evidence, index) => (
          <EvidenceSentence key={`${evidence.articleId}:${evidence.spanStart}:${index}`} evidence={evidence} />
        ))}
        <ShowMore list={mentions} testId="more-mentions" />
      </details>
    </>
  );
}

function ShowMore<T>({ list, testId }: { list: MorePages<T>; testId: string }) {
  const { messages } = useLanguage();
  return (
    <>
      {list.error && <p className="status status--error" role="alert">{messages.details.failed(list.error.message)}</p>}
      {list.hasMore && (
        <button type="button" className="button button--small" onClick={list.loadMore} disabled={list.loading} data-testid={testId}>
          {list.loading ? messages.details.loadingMore : messages.details.showMore(list.items.length, list.totalCount)}
        </button>
      )}
    </>
  );
}
