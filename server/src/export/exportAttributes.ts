import type { ExportEdge, ExportNode, ExportValue } from "../graph/fetchExportGraph.ts";
import { nodeTimeSpan } from "./nodeTimeSpan.ts";

/** Attribute types that GraphML and GEXF both declare under these names. */
export type AttributeType = "string" | "long" | "double" | "boolean";

export interface AttributeColumn {
  name: string;
  type: AttributeType;
}

export type AttributeValues = Record<string, ExportValue | null>;

/** Joins list values (aliases, domains) in the flat formats; GEXF 1.2 used the same separator. */
export const LIST_SEPARATOR = "|";

/** Columns every node has, first and in this order; stored properties follow by name. */
export const NODE_LEADING_COLUMNS = ["type", "label", "date", "datePrecision", "endDate", "endDatePrecision"];

/**
 * A node's attributes: its type, display label and date as the original partial value with its
 * precision, then every stored property (the derived ones win a name clash).
 */
export function nodeAttributeValues(node: ExportNode): AttributeValues {
  const span = nodeTimeSpan(node);
  return {
    ...node.properties,
    type: node.type,
    label: node.label,
    date: span?.start.value ?? null,
    datePrecision: span?.start.precision ?? null,
    endDate: span?.end?.value ?? null,
    endDatePrecision: span?.end?.precision ?? null,
  };
}

export const EDGE_COLUMNS: AttributeColumn[] = [
  { name: "type", type: "string" },
  { name: "role", type: "string" },
  { name: "title", type: "string" },
  { name: "confidence", type: "double" },
  { name: "sourceCount", type: "long" },
  { name: "firstSource", type: "string" },
];

export function edgeAttributeValues(edge: ExportEdge): AttributeValues {
  return { type: edge.type, role: edge.role, title: edge.title, confidence: edge.confidence, sourceCount: edge.sourceCount, firstSource: edge.firstSource };
}

/** The columns the rows use, typed from their values: a column of mixed kinds is a string column. */
export function attributeColumns(rows: AttributeValues[], leading: string[] = NODE_LEADING_COLUMNS): AttributeColumn[] {
  const kinds = new Map<string, Set<AttributeType>>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (!hasValue(value)) continue;
      const set = kinds.get(name) ?? new Set<AttributeType>();
      set.add(kindOf(value));
      kinds.set(name, set);
    }
  }
  const typeOf = (name: string): AttributeType => {
    const set = kinds.get(name);
    if (!set || set.size === 0) return "string";
    if (set.size === 1) return [...set][0]!;
    return set.size === 2 && set.has("long") && set.has("double") ? "double" : "string";
  };
  const rest = [...kinds.keys()].filter((k) => !leading.includes(k)).sort();
  return [...leading, ...rest].map((name) => ({ name, type: typeOf(name) }));
}

function kindOf(value: ExportValue): AttributeType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "long" : "double";
  return "string";
}

/** Whether a value is worth writing: an empty list says no more than an absent one. */
export function hasValue(value: ExportValue | null | undefined): value is ExportValue {
  return value != null && !(Array.isArray(value) && value.length === 0);
}

/** A value as text: lists joined with LIST_SEPARATOR, null as the empty string. */
export function formatAttribute(value: ExportValue | null | undefined): string {
  if (value == null) return "";
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  return String(value);
}
