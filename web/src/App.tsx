import { useCallback, useEffect, useMemo, useState } from "react";
import type { GraphNode } from "./api/generated/graphqlTypes.ts";
import { AppHeader } from "./AppHeader.tsx";
import { describeApiError } from "./describeApiError.ts";
import { DetailsPanel } from "./features/details/DetailsPanel.tsx";
import { useOverview } from "./features/overview/useOverview.ts";
import { SearchBox } from "./features/search/SearchBox.tsx";
import { NetworkLegend } from "./graph/NetworkLegend.tsx";
import { NetworkView } from "./graph/NetworkView.tsx";

export function App() {
  const overview = useOverview();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const graph = overview.status === "success" ? overview.data.overview : null;
  const nodesById = useMemo(
    () => new Map<string, GraphNode>((graph?.nodes ?? []).map((node) => [node.id, node])),
    [graph],
  );
  const select = useCallback((id: string | null) => setSelectedId(id), []);
  const closeDetails = useCallback(() => setSelectedId(null), []);

  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      // The search box uses Escape to close its suggestions.
      if (event.key === "Escape" && !(event.target instanceof HTMLInputElement)) setSelectedId(null);
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, []);

  return (
    <div className="app">
      <AppHeader>
        <SearchBox onChoose={select} />
        {graph && (
          <p className="app-header__counts" data-testid="graph-counts">
            {graph.nodes.length} nodes · {graph.edges.length} links{graph.truncated && " (truncated)"}
          </p>
        )}
      </AppHeader>
      <main className="app__main">
        <div className="app__network">
          {graph && <NetworkView graph={graph} selectedId={selectedId} onSelect={select} />}
          {graph && graph.nodes.length > 0 && <NetworkLegend />}
          {(overview.status === "loading" || overview.status === "idle") && (
            <p className="overlay status" role="status">
              Loading the network…
            </p>
          )}
          {overview.status === "error" && (
            <div className="overlay status status--error" role="alert">
              <p>{describeApiError(overview.error)}</p>
              <button type="button" onClick={() => window.location.reload()}>
                Try again
              </button>
            </div>
          )}
          {graph && graph.nodes.length === 0 && (
            <p className="overlay status" role="status">
              The graph is empty: ingest some articles first.
            </p>
          )}
        </div>
        {selectedId !== null && (
          <DetailsPanel selectedId={selectedId} nodesById={nodesById} onSelect={select} onClose={closeDetails} />
        )}
      </main>
    </div>
  );
}
