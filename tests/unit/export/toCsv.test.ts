import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../server/src/export/toCsv.ts";
import { sampleExportGraph, TRICKY_NAME } from "./sampleExportGraph.ts";

/** A minimal RFC 4180 reader, to prove the files read back to the same values. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const asRecords = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]])));

describe("toCsv", () => {
  it("writes UTF-8 with a byte order mark and CRLF line ends", () => {
    const { nodesCsv, edgesCsv } = toCsv(sampleExportGraph());
    for (const csv of [nodesCsv, edgesCsv]) {
      expect(csv.startsWith("\uFEFF")).toBe(true);
      expect(csv.endsWith("\r\n")).toBe(true);
    }
    expect(Buffer.from(nodesCsv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("has one row per node and per edge, with Gephi's headers", () => {
    const { nodesCsv, edgesCsv } = toCsv(sampleExportGraph());
    const nodes = readCsv(nodesCsv.slice(1));
    const edges = readCsv(edgesCsv.slice(1));
    expect(nodes.length).toBe(1 + 6);
    expect(edges.length).toBe(1 + 5);
    expect(nodes[0]!.slice(0, 3)).toEqual(["Id", "Label", "type"]);
    expect(edges[0]!.slice(0, 6)).toEqual(["Id", "Source", "Target", "Label", "Weight", "relationship"]);
    expect(new Set(nodes.map((r) => r.length)).size).toBe(1);
    expect(new Set(edges.map((r) => r.length)).size).toBe(1);
  });

  it("quotes commas, quotes and line breaks, and keeps Arabic", () => {
    const { nodesCsv, edgesCsv } = toCsv(sampleExportGraph());
    const nodes = asRecords(readCsv(nodesCsv.slice(1)));
    const person = nodes.find((n) => n.Id === "person:tricky")!;
    expect(person.Label).toBe(TRICKY_NAME);
    expect(person.title).toBe("وزير الدفاع");
    expect(nodes.find((n) => n.Id === "state:MA")).toMatchObject({ nameAr: "المغرب", aliases: "المغرب|Rabat", type: "STATE" });
    expect(nodes.find((n) => n.Id === "agreement:mou:IL-MA:2021-11")).toMatchObject({ date: "2021-11", datePrecision: "MONTH", domains: "defense|security" });
    const edges = asRecords(readCsv(edgesCsv.slice(1)));
    expect(edges.find((e) => e.Source === "state:MA")).toMatchObject({ Label: "PARTY_TO", relationship: "PARTY_TO", Weight: "2", confidence: "0.8", firstSource: "article:a" });
  });

  it("quotes a field only when it must", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField("المغرب")).toBe("المغرب");
  });
});
