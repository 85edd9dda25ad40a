import { describe, expect, it } from "vitest";
import { extractedNodeIds } from "../../../web/src/features/ingest/extractedNodeIds.ts";
import { parseFrontMatter } from "../../../web/src/features/ingest/parseFrontMatter.ts";
import { markArticleText } from "../../../web/src/features/reader/markArticleText.ts";
import { moveItem } from "../../../web/src/features/stories/moveItem.ts";
import { exportFilename } from "../../../web/src/features/export/downloadFile.ts";
import { formatTimeStep } from "../../../web/src/features/time/formatTimeStep.ts";

describe("markArticleText", () => {
  const entity = (id: string, spans: [number, number][]) => ({ node: { id, type: "STATE" as const, label: id }, spans: spans.map(([start, end]) => ({ start, end })) });

  it("cuts the text into plain runs and marked mentions", () => {
    const segments = markArticleText("زار المغرب إسرائيل", [entity("state:MA", [[4, 10]]), entity("state:IL", [[11, 18]])]);
    expect(segments.map((segment) => [segment.text, segment.entity?.id ?? null])).toEqual([
      ["زار ", null],
      ["المغرب", "state:MA"],
      [" ", null],
      ["إسرائيل", "state:IL"],
    ]);
  });

  it("skips overlapping and out-of-range spans", () => {
    const segments = markArticleText("abcdef", [entity("a", [[0, 4]]), entity("b", [[2, 5], [4, 99]])]);
    expect(segments.map((segment) => segment.text)).toEqual(["abcd", "ef"]);
  });
});

describe("parseFrontMatter", () => {
  it("reads the seeds' front matter and leaves the text", () => {
    const file = parseFrontMatter("---\ntitle: \"Camp David\"\npublished: 2023-08-19\nlanguage: en\n---\nWASHINGTON — text\n");
    expect(file.fields).toEqual({ title: "Camp David", published: "2023-08-19", language: "en" });
    expect(file.text).toBe("WASHINGTON — text\n");
    expect(parseFrontMatter("\uFEFFno front matter").text).toBe("no front matter");
  });
});

describe("small helpers", () => {
  it("lists extracted ids once each", () => {
    expect(
      extractedNodeIds({
        states: ["EG", "GR"],
        officials: [{ id: "person:a", name: "A", title: null, state: "EG" }],
        agreements: [{ id: "agreement:x", kind: "mou", name: null, states: ["EG"], date: null }],
        meetings: [{ id: "agreement:x", kind: "visit", name: null, states: [], date: null }],
      }),
    ).toEqual(["state:EG", "state:GR", "person:a", "agreement:x"]);
  });

  it("moves story steps without changing the original", () => {
    const steps = ["a", "b", "c"];
    expect(moveItem(steps, 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(steps, 0, 9)).toEqual(["b", "c", "a"]);
    expect(steps).toEqual(["a", "b", "c"]);
  });

  it("names exports by date and formats slider steps per language", () => {
    expect(exportFilename("png", new Date(2024, 2, 5, 9, 7))).toBe("entente-20240305-0907.png");
    expect(formatTimeStep("2021", "en")).toBe("2021");
    expect(formatTimeStep("2021-11", "en")).toBe("Nov 2021");
    expect(formatTimeStep("2021-01", "en")).toBe("Jan 2021");
    expect(formatTimeStep("2021", "ar")).toBe("٢٠٢١");
    expect(formatTimeStep("2021-11", "ar")).toBe("نوفمبر ٢٠٢١");
    expect(formatTimeStep("not a step", "en")).toBe("not a step");
  });
});
