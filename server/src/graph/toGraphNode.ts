/** The node types the API knows, keyed by Neo4j label. */
export const ENTITY_LABELS = ["State", "Person", "Organization", "Agreement", "Meeting", "Article"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export interface GraphNodeRow {
  id: string;
  type: "STATE" | "PERSON" | "ORGANIZATION" | "AGREEMENT" | "MEETING" | "ARTICLE";
  label: string;
  labelEn: string | null;
  labelAr: string | null;
  kind: string | null;
  date: string | null;
  domains: string[] | null;
  degree: number;
}

export function labelOf(labels: string[]): EntityLabel {
  const found = ENTITY_LABELS.find((l) => labels.includes(l));
  if (!found) throw new Error(`node has no known label: ${labels.join(",")}`);
  return found;
}

/** Whether a value is text with Arabic letters in it. */
export const isArabic = (s: unknown) => typeof s === "string" && /[\u0600-\u06FF]/.test(s);
const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : null);
/** An agreement's or meeting's English label: its own when Latin, else the composed one stored beside an Arabic name. */
const englishLabel = (props: Record<string, unknown>): string | null => (isArabic(props.label) ? str(props.labelEn) : str(props.label));

/** Shapes a node's properties for drawing: a label in the entity's own language, plus en/ar forms. */
export function toGraphNode(props: Record<string, unknown>, labels: string[], degree: number): GraphNodeRow {
  const label = labelOf(labels);
  const aliases = Array.isArray(props.aliases) ? (props.aliases as string[]) : [];
  const firstAr = aliases.find(isArabic) ?? null;
  const firstLatin = aliases.find((a) => !isArabic(a)) ?? null;
  const base = { id: String(props.id), degree, domains: null as string[] | null, kind: null as string | null, date: null as string | null };
  switch (label) {
    case "State":
      return { ...base, type: "STATE", label: String(props.nameEn ?? props.name ?? props.iso2), labelEn: str(props.nameEn), labelAr: str(props.nameAr) };
    case "Person": {
      const name = String(props.name ?? props.id);
      const latin = str(props.nameLatin) ?? (isArabic(name) ? firstLatin : name);
      return { ...base, type: "PERSON", label: name, labelEn: latin, labelAr: isArabic(name) ? name : firstAr };
    }
    case "Organization": {
      const name = String(props.name ?? props.id);
      return { ...base, type: "ORGANIZATION", kind: str(props.kind), label: name, labelEn: isArabic(name) ? firstLatin : name, labelAr: isArabic(name) ? name : firstAr };
    }
    case "Agreement":
      return {
        ...base, type: "AGREEMENT", kind: str(props.kind), date: str(props.signedOn),
        domains: Array.isArray(props.domains) ? (props.domains as string[]) : [],
        label: String(props.label ?? props.name ?? props.kind), labelEn: englishLabel(props), labelAr: isArabic(props.label) ? str(props.label) : null,
      };
    case "Meeting":
      return {
        ...base, type: "MEETING", kind: str(props.kind), date: str(props.startDate),
        label: String(props.label ?? props.name ?? props.kind), labelEn: englishLabel(props), labelAr: isArabic(props.label) ? str(props.label) : null,
      };
    case "Article":
      return { ...base, type: "ARTICLE", date: str(props.publishedAt), label: String(props.title ?? props.id), labelEn: null, labelAr: null };
  }
}
