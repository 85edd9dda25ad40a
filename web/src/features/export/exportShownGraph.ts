/** The formats /export writes, as the web client offers them. */
export const DATA_EXPORT_FORMATS = [
  { format: "gexf", extension: "gexf" },
  { format: "graphml", extension: "graphml" },
  { format: "csv-nodes", extension: "nodes.csv" },
  { format: "csv-edges", extension: "edges.csv" },
  { format: "json", extension: "json" },
] as const;
export type DataExportFormat = (typeof DATA_EXPORT_FORMATS)[number]["format"];

/**
 * The nodes on screen and the links among them, as a file from the server's exporter (every
 * stored property, evidence counts, dates for Gephi's timeline). The ids go as a POST form: a
 * view of a few hundred nodes would not fit in an address.
 */
export async function exportShownGraph(format: DataExportFormat, ids: Iterable<string>, signal?: AbortSignal): Promise<Blob> {
  const body = new URLSearchParams({ format, ids: [...ids].join(","), depth: "0" });
  const res = await fetch("/export", { method: "POST", body, signal });
  if (!res.ok) {
    const answer = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(answer?.error ?? `the export answered HTTP ${res.status}`);
  }
  return res.blob();
}
