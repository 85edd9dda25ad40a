import { useState } from "react";
import type { PathFields } from "../../api/pathsQuery.ts";
import { describeApiError } from "../../describeApiError.ts";
import { NodeShapeIcon } from "../../graph/NodeShapeIcon.tsx";
import { NODE_TYPE_STYLES } from "../../graph/nodeTypeStyles.ts";
import { labelIn } from "../../graph/toNetworkElements.ts";
import { labelOfValue } from "../../i18n/labelOfValue.ts";
import { useLanguage } from "../../i18n/useLanguage.ts";
import { EvidenceSentence } from "../details/EvidenceSentence.tsx";
import { SearchBox } from "../search/SearchBox.tsx";
import type { PathEndpoint } from "./PathEndpoint.ts";
import { usePathFinder } from "./usePathFinder.ts";

/** The lengths offered; the API searches at most 6 edges (MAX_PATH_LENGTH on the server). */
const PATH_LENGTHS = [2, 3, 4, 5, 6];
const LONGEST_PATH = PATH_LENGTHS[PATH_LENGTHS.length - 1]!;

export interface PathFinderProps {
  from: PathEndpoint | null;
  to: PathEndpoint | null;
  onChangeEnds: (from: PathEndpoint | null, to: PathEndpoint | null) => void;
  /** Draws a path in the network, highlighted; null clears it. */
  onShow: (path: PathFields | null) => void;
}

/** Pick two entities, find the shortest paths between them, draw one and read each link's evidence. */
export function PathFinder({ from, to, onChangeEnds, onShow }: PathFinderProps) {
  const { language, messages } = useLanguage();
  const { search, find, clear } = usePathFinder();
  const [maxLength, setMaxLength] = useState(4);
  const [searchedLength, setSearchedLength] = useState(4);
  const [shownIndex, setShownIndex] = useState<number | null>(null);

  const show = (path: PathFields, index: number) => {
    setShownIndex(index);
    onShow(path);
  };
  const submit = async (length = maxLength) => {
    if (!from || !to) return;
    setShownIndex(null);
    onShow(null);
    setSearchedLength(length);
    await find(from.id, to.id, length);
  };
  const nodeLabel = (node: { label: string; labelEn?: string | null; labelAr?: string | null }) =>
    labelIn({ label: node.label, labelEn: node.labelEn ?? null, labelAr: node.labelAr ?? null }, language);

  return (
    <div className="path-finder" data-testid="path-finder">
      <h2 className="panel__title">{messages.paths.title}</h2>
      <div className="path-finder__ends">
        <div className="field">
          <span>{messages.paths.from}</span>
          <SearchBox
            className="search--light"
            label={messages.paths.from}
            placeholder={messages.paths.pick}
            chosenLabel={from?.label}
            testId="path-from"
            onChoose={(hit) => onChangeEnds({ id: hit.node.id, type: hit.node.type, label: labelIn(hit.node, language) }, to)}
          />
        </div>
        <div className="field">
          <span>{messages.paths.to}</span>
          <SearchBox
            className="search--light"
            label={messages.paths.to}
            placeholder={messages.paths.pick}
            chosenLabel={to?.label}
            testId="path-to"
            onChoose={(hit) => onChangeEnds(from, { id: hit.node.id, type: hit.node.type, label: labelIn(hit.node, language) })}
          />
        </div>
      </div>
      <div className="path-finder__controls">
        <label className="field field--inline">
          <span>{messages.paths.maxLength}</span>
          <select value={maxLength} onChange={(event) => setMaxLength(Number(event.target.value))}>
            {PATH_LENGTHS.map((length) => (
              <option key={length} value={length}>
                {messages.paths.steps(length)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => onChangeEnds(to, from)} disabled={!from && !to}>
          {messages.paths.swap}
        </button>
        <button type="button" className="button button--primary" onClick={() => void submit()} disabled={!from || !to || search.status === "loading"} data-testid="path-find">
          {messages.paths.find}
        </button>
        {(search.status !== "idle" || from || to) && (
          <button
            type="button"
            className="button"
            onClick={() => {
              clear();
              setShownIndex(null);
              onShow(null);
              onChangeEnds(null, null);
            }}
          >
            {messages.paths.clear}
          </button>
        )}
      </div>
      {search.status === "loading" && <p className="status" role="status">{messages.paths.finding}</p>}
      {search.status === "error" && <p className="status status--error" role="alert">{describeApiError(search.error, messages)}</p>}
      {search.status === "success" && search.paths.length === 0 && (
        <div className="status" role="status">
          <p>{messages.paths.none}</p>
          {searchedLength < LONGEST_PATH && (
            <button
              type="button"
              className="button"
              data-testid="path-longer"
              onClick={() => {
                setMaxLength(LONGEST_PATH);
                void submit(LONGEST_PATH);
              }}
            >
              {messages.paths.searchLonger(LONGEST_PATH)}
            </button>
          )}
        </div>
      )}
      {search.status === "success" && search.paths.length > 0 && (
        <ol className="path-list" data-testid="path-results" aria-label={messages.paths.results(search.paths.length)}>
          {search.paths.map((path, index) => (
            <li key={index} className={index === shownIndex ? "path path--shown" : "path"} data-testid="path-result">
              <div className="path__summary">
                <span className="path__nodes">
                  {path.nodes.map((node, nodeIndex) => (
                    <span key={`${node.id}:${nodeIndex}`} className="path__node">
                      {nodeIndex > 0 && <span className="path__arrow" aria-hidden="true">{language === "ar" ? " ← " : " → "}</span>}
                      <NodeShapeIcon shape={NODE_TYPE_STYLES[node.type].shape} fill={NODE_TYPE_STYLES[node.type].color} stroke={NODE_TYPE_STYLES[node.type].borderColor} />
                      <bdi>{nodeLabel(node)}</bdi>
                    </span>
                  ))}
                </span>
                <button type="button" className="button button--small" aria-pressed={index === shownIndex} onClick={() => show(path, index)} data-testid="path-show">
                  {index === shownIndex ? messages.paths.shown : messages.paths.show}
                </button>
              </div>
              {index === shownIndex && (
                <ol className="path__edges" data-testid="path-edges">
                  {path.edges.map((edge, edgeIndex) => {
                    const source = path.nodes.find((node) => node.id === edge.source);
                    const target = path.nodes.find((node) => node.id === edge.target);
                    return (
                      <li key={edgeIndex} className="path__edge">
                        <p className="path__edge-title">
                          <bdi>{source ? nodeLabel(source) : edge.source}</bdi> <span className="muted">{messages.relations[edge.type].name}{edge.role ? ` (${labelOfValue(messages, "roles", edge.role)})` : ""}</span>{" "}
                          <bdi>{target ? nodeLabel(target) : edge.target}</bdi>
                        </p>
                        {edge.evidence.length === 0 ? (
                          <p className="muted">{messages.paths.noEvidence}</p>
                        ) : (
                          <EvidenceSentence evidence={edge.evidence[0]!} />
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
