import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { IngestResultFields } from "./api/ingestArticleMutation.ts";
import type { PathFields } from "./api/pathsQuery.ts";
import { requestGraphQL } from "./api/requestGraphQL.ts";
import type { SavedViewFields } from "./api/savedViewFields.ts";
import { SAVED_VIEW_QUERY, type SavedViewData, type SavedViewVariables } from "./api/savedViewQuery.ts";
import type { StoryFields } from "./api/storyFields.ts";
import { AppHeader } from "./AppHeader.tsx";
import { describeApiError } from "./describeApiError.ts";
import { OVERVIEW_BASE } from "./explorer/ExplorerBase.ts";
import type { GraphPiece } from "./explorer/ExplorerAction.ts";
import { fetchNeighborhood } from "./explorer/fetchGraphPieces.ts";
import { hasActiveFilters } from "./explorer/NetworkFilters.ts";
import { parseSavedViewState, toSavedViewState, type SavedViewState } from "./explorer/SavedViewState.ts";
import { useExplorer } from "./explorer/useExplorer.ts";
import { visibleNodeIds } from "./explorer/visibleNodeIds.ts";
import { DATA_EXPORT_FORMATS, exportShownGraph, type DataExportFormat } from "./features/export/exportShownGraph.ts";
import { DetailsPanel } from "./features/details/DetailsPanel.tsx";
import { ExploreActions } from "./features/explore/ExploreActions.tsx";
import { downloadFile, exportFilename } from "./features/export/downloadFile.ts";
import { FilterPanel } from "./features/filters/FilterPanel.tsx";
import { extractedNodeIds } from "./features/ingest/extractedNodeIds.ts";
import { IngestPanel } from "./features/ingest/IngestPanel.tsx";
import type { PathEndpoint } from "./features/paths/PathEndpoint.ts";
import { pathEdgeId } from "./features/paths/pathEdgeId.ts";
import { PathFinder } from "./features/paths/PathFinder.tsx";
import type { Presentation } from "./features/presentation/Presentation.ts";
import { PresentationOverlay } from "./features/presentation/PresentationOverlay.tsx";
import { usePresentationKeys } from "./features/presentation/usePresentationKeys.ts";
import { ArticleReader } from "./features/reader/ArticleReader.tsx";
import { ArticleReaderContext } from "./features/reader/ArticleReaderContext.ts";
import { SearchBox } from "./features/search/SearchBox.tsx";
import { StoriesPanel } from "./features/stories/StoriesPanel.tsx";
import { useStories } from "./features/stories/useStories.ts";
import { TimeBar } from "./features/time/TimeBar.tsx";
import { NetworkToolbar } from "./features/toolbar/NetworkToolbar.tsx";
import { ToolDrawer } from "./features/toolbar/ToolDrawer.tsx";
import type { ToolName } from "./features/toolbar/ToolName.ts";
import { ToolRail } from "./features/toolbar/ToolRail.tsx";
import { useSavedViews } from "./features/views/useSavedViews.ts";
import { readViewUrl, viewUrl } from "./features/views/viewUrl.ts";
import { ViewsPanel } from "./features/views/ViewsPanel.tsx";
import { NetworkLegend } from "./graph/NetworkLegend.tsx";
import { LARGE_GRAPH_NODES } from "./graph/networkLayoutOptions.ts";
import { NetworkView, type NetworkHandle } from "./graph/NetworkView.tsx";
import { labelIn } from "./graph/toNetworkElements.ts";
import { useLanguage } from "./i18n/useLanguage.ts";

/** Saved positions are dropped beyond this size: the server keeps at most 64 KB of state. */
const MAX_SAVED_STATE_BYTES = 60_000;

type Notice = { kind: "info" | "error"; text: string };

/** The explorer: header with search, tool rail and panels, the network with its time bar, details. */
export function App({ initialOverview = null }: { initialOverview?: GraphPiece | null }) {
  const { language, messages } = useLanguage();
  const explorer = useExplorer(initialOverview);
  const { state, dispatch } = explorer;
  const networkRef = useRef<NetworkHandle>(null);
  const appRef = useRef<HTMLDivElement>(null);
  const [tool, setTool] = useState<ToolName | null>(null);
  const [pathEnds, setPathEnds] = useState<{ from: PathEndpoint | null; to: PathEndpoint | null }>({ from: null, to: null });
  const [readerArticleId, setReaderArticleId] = useState<string | null>(null);
  const [currentView, setCurrentView] = useState<SavedViewFields | null>(null);
  const [presentation, setPresentation] = useState<Presentation | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lastExpand, setLastExpand] = useState<{ id: string; added: number } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [urlReady, setUrlReady] = useState(false);
  const savedViews = useSavedViews(tool === "views" || tool === "stories");
  const stories = useStories(tool === "stories");

  const visibleIds = useMemo(
    () => visibleNodeIds(state.graph, state.filters, state.time, state.hiddenIds),
    [state.graph, state.filters, state.time, state.hiddenIds],
  );
  const visibleEdgeCount = useMemo(
    () => [...state.graph.edges.values()].filter((edge) => visibleIds.has(edge.source) && visibleIds.has(edge.target)).length,
    [state.graph, visibleIds],
  );

  const select = useCallback((id: string | null) => dispatch({ type: "selected", id }), [dispatch]);
  const closeDetails = useCallback(() => dispatch({ type: "selected", id: null }), [dispatch]);
  const showError = useCallback((describe: (message: string) => string, error: unknown) => {
    const asError = error instanceof Error ? error : new Error(String(error));
    setNotice({ kind: "error", text: describe(describeApiError(asError, messages)) });
  }, [messages]);

  // --- Opening: a saved view (?view=), a state in the hash, a synthetic graph, or the overview.
  useEffect(() => {
    let cancelled = false;
    const open = async () => {
      // main.tsx had the overview before the first render: the explorer started from it.
      if (initialOverview) {
        setUrlReady(true);
        return;
      }
      const params = new URLSearchParams(window.location.search);
      const synthetic = /^(\d+)x(\d+)$/.exec(params.get("synthetic") ?? "");
      if (synthetic) {
        const { generateSyntheticGraph } = await import("./features/synthetic/generateSyntheticGraph.ts");
        explorer.showPiece(OVERVIEW_BASE, generateSyntheticGraph(Number(synthetic[1]), Number(synthetic[2])));
        return;
      }
      const { viewId, hashState } = readViewUrl(window.location);
      if (viewId) {
        try {
          const data = await requestGraphQL<SavedViewData, SavedViewVariables>(SAVED_VIEW_QUERY, { id: viewId });
          if (cancelled) return;
          if (data.view) {
            const saved = parseSavedViewState(JSON.parse(data.view.state));
            setCurrentView(data.view);
            // The hash holds the latest state of a shared link; the saved view, the node positions.
            await explorer.restore(hashState ? { ...hashState, ...(saved.positions ? { positions: saved.positions } : {}) } : saved);
            if (!cancelled) setUrlReady(true);
            return;
          }
          setNotice({ kind: "info", text: messages.views.notFound });
        } catch (error) {
          showError(messages.notices.viewFailed, error);
        }
      }
      if (cancelled) return;
      if (hashState) {
        try {
          await explorer.restore(hashState);
        } catch {
          await explorer.loadBase(OVERVIEW_BASE);
        }
      } else {
        await explorer.loadBase(OVERVIEW_BASE);
      }
      if (!cancelled) setUrlReady(true);
    };
    void open();
    return () => {
      cancelled = true;
    };
    // Runs once per page load: later changes go through the explorer's own actions.
  }, []);

  // --- The address bar follows the view: ?view=<id> for a saved one, the state in the hash.
  const currentSavedState = useCallback(
    (withPositions: boolean): SavedViewState => {
      const network = networkRef.current;
      const saved = toSavedViewState(state, network?.camera() ?? null, withPositions ? network?.positions() : undefined);
      if (withPositions && JSON.stringify(saved).length > MAX_SAVED_STATE_BYTES) {
        const { positions: _dropped, ...withoutPositions } = saved;
        return withoutPositions;
      }
      return saved;
    },
    [state],
  );
  const writeUrl = useCallback(() => {
    if (!urlReady) return;
    window.history.replaceState(window.history.state, "", viewUrl(window.location, currentView?.id ?? null, currentSavedState(false)));
  }, [urlReady, currentView, currentSavedState]);
  useEffect(() => {
    writeUrl();
  }, [writeUrl]);

  // --- Explore
  const expandNode = useCallback(
    async (id: string, depth: number) => {
      dispatch({ type: "selected", id });
      try {
        const added = await explorer.expand(id, depth);
        setLastExpand({ id, added });
      } catch (error) {
        showError(messages.notices.expandFailed, error);
      }
    },
    [dispatch, explorer, messages, showError],
  );
  const endpointOf = (id: string): PathEndpoint => {
    const node = state.graph.nodes.get(id);
    return node
      ? { id, type: node.type, label: labelIn(node, language) }
      : { id, type: id.startsWith("state:") ? "STATE" : id.startsWith("person:") ? "PERSON" : "AGREEMENT", label: id };
  };
  const showPath = (path: PathFields | null) => {
    if (!path) {
      dispatch({ type: "highlightCleared" });
      return;
    }
    dispatch({
      type: "pathShown",
      piece: {
        nodes: path.nodes,
        edges: path.edges.map((edge) => ({ id: pathEdgeId(edge), source: edge.source, target: edge.target, type: edge.type, label: edge.role ?? null, sourceCount: edge.sourceCount })),
        truncated: false,
      },
      nodeIds: path.nodes.map((node) => node.id),
      edges: path.edges,
    });
  };
  const mergeIngested = async (result: IngestResultFields): Promise<number> => {
    const ids = extractedNodeIds(result.extracted);
    if (ids.length === 0) return 0;
    const piece = await fetchNeighborhood(ids, 1);
    dispatch({ type: "ingested", piece, nodeIds: ids });
    return piece.nodes.filter((node) => ids.includes(node.id)).length;
  };

  // --- Views and presentation
  const openView = async (view: SavedViewFields) => {
    try {
      await explorer.restore(parseSavedViewState(JSON.parse(view.state)));
      setCurrentView(view);
      setNotice({ kind: "info", text: messages.views.opened(view.title) });
    } catch (error) {
      showError(messages.notices.viewFailed, error);
    }
  };
  const goToStep = (target: Presentation, index: number) => {
    const clamped = Math.min(Math.max(index, 0), target.steps.length - 1);
    setPresentation({ ...target, index: clamped });
    const step = target.steps[clamped];
    if (step?.state) explorer.restore(step.state).catch((error: unknown) => showError(messages.notices.viewFailed, error));
  };
  const startPresentation = (next: Presentation) => {
    setTool(null);
    setReaderArticleId(null);
    goToStep(next, 0);
    const root = appRef.current;
    if (root && !document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().catch(() => setNotice({ kind: "info", text: messages.notices.fullscreenRefused }));
    }
  };
  const presentStory = (story: StoryFields) =>
    startPresentation({
      title: story.title,
      index: 0,
      steps: story.steps.map((step) => ({
        title: step.view?.title ?? story.title,
        caption: step.caption ?? step.view?.caption ?? (step.view ? null : messages.presentation.missingView),
        state: step.view ? safeParse(step.view.state) : null,
      })),
    });
  const presentCurrent = () => {
    // The saved view's title and caption while its selection is still the one shown; else the view
    // is titled by what it is about now: the selected entity.
    const selected = state.selectedId === null ? undefined : state.graph.nodes.get(state.selectedId);
    const savedShown = currentView !== null && (safeParse(currentView.state)?.selected ?? null) === state.selectedId;
    const title = savedShown ? currentView.title : selected ? labelIn(selected, language) : (currentView?.title ?? "Entente");
    startPresentation({ title, index: 0, steps: [{ title, caption: savedShown ? currentView.caption : null, state: null }] });
  };
  const exitPresentation = useCallback(() => {
    setPresentation(null);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }, []);
  usePresentationKeys(presentation !== null, {
    next: () => presentation && goToStep(presentation, presentation.index + 1),
    previous: () => presentation && goToStep(presentation, presentation.index - 1),
    exit: exitPresentation,
  });
  // A step without a saved camera is framed once the screen has its presentation size: its path or
  // selection with their neighbours, else the whole graph (full
  // screen arrives after the first layout).
  const presentedStep = presentation ? presentation.steps[presentation.index] : undefined;
  useEffect(() => {
    if (!presentedStep || presentedStep.state?.camera || explorer.load.status !== "ready") return;
    const timer = window.setTimeout(() => networkRef.current?.fit(true), 400);
    return () => window.clearTimeout(timer);
  }, [presentedStep, explorer.load.status]);
  useEffect(() => {
    // Leaving full screen with the browser's own Escape ends the presentation too.
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) setPresentation(null);
    };
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => document.removeEventListener("fullscreenchange", onFullscreenChange);
  }, []);

  // --- Escape closes the innermost panel (the reader and the presentation handle their own).
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || presentation || readerArticleId) return;
      // The search box and form fields use Escape themselves.
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement) return;
      if (state.selectedId !== null) dispatch({ type: "selected", id: null });
      else if (tool !== null) setTool(null);
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [presentation, readerArticleId, state.selectedId, tool, dispatch]);

  useEffect(() => {
    if (notice?.kind !== "info") return;
    const timer = window.setTimeout(() => setNotice(null), 5000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  // --- Export
  const exportImage = async (format: "png" | "svg") => {
    const network = networkRef.current;
    if (!network) return;
    setExporting(true);
    try {
      const blob = format === "png" ? await network.exportPng() : new Blob([await network.exportSvg()], { type: "image/svg+xml" });
      downloadFile(blob, exportFilename(format));
    } catch (error) {
      showError(messages.notices.exportFailed, error);
    } finally {
      setExporting(false);
    }
  };

  const exportData = async (format: DataExportFormat) => {
    setExporting(true);
    try {
      const blob = await exportShownGraph(format, visibleIds);
      downloadFile(blob, exportFilename(DATA_EXPORT_FORMATS.find((entry) => entry.format === format)!.extension));
    } catch (error) {
      showError(messages.notices.exportFailed, error);
    } finally {
      setExporting(false);
    }
  };

  const graphSize = state.graph.nodes.size;
  const selectedExpansion = state.selectedId === null ? undefined : state.expansions.find((expansion) => expansion.id === state.selectedId);
  const toolTitle = tool ? messages.toolNames[tool] : "";
  const appClass = ["app", presentation ? "app--presenting" : "", tool ? "app--tool-open" : ""].filter(Boolean).join(" ");

  return (
    <ArticleReaderContext.Provider value={setReaderArticleId}>
      <div className={appClass} ref={appRef}>
        {!presentation && (
          <AppHeader>
            <SearchBox onChoose={(hit) => select(hit.node.id)} testId="search" />
            {graphSize > 0 && (
              <p className="app-header__counts" data-testid="graph-counts">
                {messages.app.counts(graphSize, visibleEdgeCount, visibleIds.size)}
                {state.truncated && ` ${messages.app.truncated}`}
              </p>
            )}
          </AppHeader>
        )}
        <main className="app__main">
          {!presentation && (
            <ToolRail
              openTool={tool}
              badges={{ filters: hasActiveFilters(state.filters) ? 1 : 0 }}
              onToggle={(next) => setTool(tool === next ? null : next)}
            />
          )}
          {!presentation && tool && (
            <ToolDrawer title={toolTitle} onClose={() => setTool(null)}>
              {tool === "filters" && <FilterPanel graph={state.graph} filters={state.filters} onChange={(filters) => dispatch({ type: "filtersChanged", filters })} />}
              {tool === "paths" && (
                <PathFinder from={pathEnds.from} to={pathEnds.to} onChangeEnds={(from, to) => setPathEnds({ from, to })} onShow={showPath} />
              )}
              {tool === "views" && (
                <ViewsPanel
                  views={savedViews}
                  currentViewId={currentView?.id ?? null}
                  currentState={() => currentSavedState(true)}
                  onSaved={(view) => setCurrentView(view)}
                  onOpen={openView}
                />
              )}
              {tool === "stories" && (
                <StoriesPanel stories={stories} views={savedViews} onPresent={presentStory} currentState={() => currentSavedState(true)} onOpenView={openView} />
              )}
              {tool === "ingest" && <IngestPanel onIngested={mergeIngested} />}
            </ToolDrawer>
          )}
          <div className="app__network">
            {!presentation && graphSize > 0 && (
              <NetworkToolbar
                layout={state.layout}
                onLayoutChange={(layout) => dispatch({ type: "layoutChanged", layout })}
                canReset={state.base.kind !== "overview" || state.expansions.length > 0 || currentView !== null}
                onReset={() => {
                  setCurrentView(null);
                  void explorer.loadBase(OVERVIEW_BASE);
                }}
                hiddenCount={state.hiddenIds.length}
                onShowHidden={() => dispatch({ type: "shownAll" })}
                hasHighlight={state.highlight !== null}
                onClearHighlight={() => dispatch({ type: "highlightCleared" })}
                exporting={exporting}
                onExportPng={() => void exportImage("png")}
                onExportSvg={() => void exportImage("svg")}
                shownCount={visibleIds.size}
                onExportData={(format) => void exportData(format)}
                onPresent={presentCurrent}
              />
            )}
            <NetworkView
              key={graphSize > LARGE_GRAPH_NODES ? "large" : "standard"}
              ref={networkRef}
              graph={state.graph}
              language={language}
              visibleIds={visibleIds}
              pinnedIds={state.pinnedIds}
              selectedId={state.selectedId}
              highlight={state.highlight}
              layout={state.layout}
              arrangement={state.arrangement}
              large={graphSize > LARGE_GRAPH_NODES}
              label={messages.app.networkLabel}
              fitLabel={messages.toolbar.fit}
              fitTitle={messages.toolbar.fitTitle}
              onSelect={select}
              onExpand={(id) => void expandNode(id, 1)}
              onViewportChanged={writeUrl}
            />
            {!presentation && graphSize > 0 && <NetworkLegend />}
            {!presentation && graphSize > 0 && (
              <TimeBar graph={state.graph} time={state.time} onChange={(time) => dispatch({ type: "timeChanged", time })} />
            )}
            {presentation && (
              <PresentationOverlay
                presentation={presentation}
                onNext={() => goToStep(presentation, presentation.index + 1)}
                onPrevious={() => goToStep(presentation, presentation.index - 1)}
                onExit={exitPresentation}
              />
            )}
            {explorer.load.status === "loading" && (
              <p className="overlay status" role="status" data-testid="loading">
                {messages.app.loading}
              </p>
            )}
            {explorer.load.status === "error" && (
              <div className="overlay status status--error" role="alert">
                <p>{describeApiError(explorer.load.error, messages)}</p>
                <button type="button" onClick={() => window.location.reload()}>
                  {messages.app.tryAgain}
                </button>
              </div>
            )}
            {explorer.load.status === "ready" && graphSize === 0 && (
              <p className="overlay status" role="status">
                {messages.app.empty}
              </p>
            )}
            {notice && (
              <div className={`notice notice--${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"} data-testid="notice">
                <span>{notice.text}</span>
                <button type="button" onClick={() => setNotice(null)} aria-label={messages.app.dismiss}>
                  ×
                </button>
              </div>
            )}
          </div>
          {!presentation && state.selectedId !== null && (
            <DetailsPanel
              selectedId={state.selectedId}
              nodesById={state.graph.nodes}
              onSelect={select}
              onClose={closeDetails}
              actions={
                <ExploreActions
                  inNetwork={state.graph.nodes.has(state.selectedId)}
                  expansion={selectedExpansion}
                  pinned={state.pinnedIds.includes(state.selectedId)}
                  expanding={explorer.expandingId === state.selectedId}
                  lastAdded={lastExpand?.id === state.selectedId ? lastExpand.added : null}
                  onExpand={(depth) => state.selectedId && void expandNode(state.selectedId, depth)}
                  onCollapse={() => state.selectedId && dispatch({ type: "collapsed", id: state.selectedId })}
                  onHide={() => state.selectedId && dispatch({ type: "hidden", id: state.selectedId })}
                  onPinToggle={() => state.selectedId && dispatch({ type: "pinToggled", id: state.selectedId })}
                  onFocus={(depth) => {
                    if (!state.selectedId) return;
                    setCurrentView(null);
                    void explorer.loadBase({ kind: "focus", id: state.selectedId, depth });
                  }}
                  onPathFrom={() => {
                    if (!state.selectedId) return;
                    setPathEnds({ from: endpointOf(state.selectedId), to: pathEnds.to });
                    setTool("paths");
                  }}
                  onPathTo={() => {
                    if (!state.selectedId) return;
                    setPathEnds({ from: pathEnds.from, to: endpointOf(state.selectedId) });
                    setTool("paths");
                  }}
                />
              }
            />
          )}
        </main>
        {readerArticleId && (
          <ArticleReader
            articleId={readerArticleId}
            onClose={() => setReaderArticleId(null)}
            onSelectEntity={(id) => {
              setReaderArticleId(null);
              select(id);
            }}
          />
        )}
      </div>
    </ArticleReaderContext.Provider>
  );
}

function safeParse(json: string): SavedViewState | null {
  try {
    return parseSavedViewState(JSON.parse(json));
  } catch {
    return null;
  }
}
