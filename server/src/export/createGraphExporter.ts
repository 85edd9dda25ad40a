import type { GraphContext } from "../graph/GraphContext.ts";
import { GraphError } from "../graph/GraphError.ts";
import { fetchExportGraph } from "../graph/fetchExportGraph.ts";
import { parseExportScope } from "./parseExportScope.ts";
import { toCsv } from "./toCsv.ts";
import { toGexf } from "./toGexf.ts";
import { toGraphML } from "./toGraphML.ts";
import { toJson } from "./toJson.ts";

/** Over HTTP one response is one file, so the two CSV files are two formats. */
export const HTTP_EXPORT_FORMATS = ["graphml", "gexf", "json", "csv-nodes", "csv-edges"] as const;
export type HttpExportFormat = (typeof HTTP_EXPORT_FORMATS)[number];

export interface ExportedFile {
  body: string;
  contentType: string;
  filename: string;
}

const FILE: Record<HttpExportFormat, { contentType: string; suffix: string }> = {
  graphml: { contentType: "application/graphml+xml; charset=utf-8", suffix: ".graphml" },
  gexf: { contentType: "application/gexf+xml; charset=utf-8", suffix: ".gexf" },
  json: { contentType: "application/json; charset=utf-8", suffix: ".json" },
  "csv-nodes": { contentType: "text/csv; charset=utf-8; header=present", suffix: "-nodes.csv" },
  "csv-edges": { contentType: "text/csv; charset=utf-8; header=present", suffix: "-edges.csv" },
};

/** entente-YYYYMMDD plus the format's suffix, in UTC. */
export function exportFileName(format: HttpExportFormat, at: Date): string {
  return `entente-${at.toISOString().slice(0, 10).replaceAll("-", "")}${FILE[format].suffix}`;
}

/**
 * The /export endpoint's work: query parameters (format, ids, depth, articles, maxNodes) to a file.
 * Bad parameters throw GraphError BAD_USER_INPUT; start ids of which none exists, NOT_FOUND.
 */
export function createGraphExporter(graph: GraphContext, now: () => Date = () => new Date()): (params: URLSearchParams) => Promise<ExportedFile> {
  return async (params) => {
    const format = params.get("format") ?? "";
    if (!(HTTP_EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new GraphError("BAD_USER_INPUT", `format must be one of ${HTTP_EXPORT_FORMATS.join(", ")}`);
    }
    const scope = parseExportScope({ ids: params.get("ids"), depth: params.get("depth"), articles: params.get("articles"), maxNodes: params.get("maxNodes") });
    const exported = await fetchExportGraph(graph, scope);
    if (scope.ids && exported.missingIds.length === scope.ids.length) {
      const ids = scope.ids.length <= 3 ? scope.ids.join(", ") : `${scope.ids.slice(0, 3).join(", ")} or any of the other ${scope.ids.length - 3} ids given`;
      throw new GraphError("NOT_FOUND", `no node has the id ${ids}`);
    }
    const at = now();
    const body = (() => {
      switch (format as HttpExportFormat) {
        case "graphml": return toGraphML(exported);
        case "gexf": return toGexf(exported, at);
        case "json": return toJson(exported, at);
        case "csv-nodes": return toCsv(exported).nodesCsv;
        case "csv-edges": return toCsv(exported).edgesCsv;
      }
    })();
    return { body, contentType: FILE[format as HttpExportFormat].contentType, filename: exportFileName(format as HttpExportFormat, at) };
  };
}
