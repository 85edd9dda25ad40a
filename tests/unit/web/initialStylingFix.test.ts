import { describe, expect, it } from "vitest";
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import { installInitialStylingFix, makeCheckTriggers, ORIGINAL_CHECK_TRIGGERS } from "../../../web/src/graph/initialStylingFix.ts";

/*
 * The fix replaces a piece of Cytoscape's styling, so these tests run Cytoscape itself (headless,
 * with styles) twice on the same story: once with its own checkTriggers, once with the fixed one,
 * and compare what an element ends up with. Headless Cytoscape recomputes a box whenever an
 * element's style was touched, so whether the renderer's cached boxes are cleared as they must be
 * is checked in a real browser instead (tests/e2e/seed.e2e.test.ts and explore.e2e.test.ts: every
 * cached box equals a freshly computed one after the first graph and after an expansion).
 */

type Internal = { checkTriggers: (...args: unknown[]) => void; [ORIGINAL_CHECK_TRIGGERS]?: (...args: unknown[]) => void };

function styleProto(): Internal {
  const probe = cytoscape({ headless: true, styleEnabled: true });
  const proto = Object.getPrototypeOf(probe.style()) as Internal;
  probe.destroy();
  return proto;
}

/** Cytoscape's own checkTriggers, whether or not another test installed the fix already. */
const original = styleProto()[ORIGINAL_CHECK_TRIGGERS] ?? styleProto().checkTriggers;
const fixed = makeCheckTriggers(original as never) as unknown as (...args: unknown[]) => void;

const STYLE: StylesheetJson = [
  { selector: "node", style: { width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 12, "border-width": 1 } },
  { selector: 'node[type = "STATE"]', style: { shape: "round-hexagon", "background-color": "#2563eb" } },
  { selector: "node.big", style: { width: 80, height: 80, "z-index": 20 } },
  { selector: "node.gone", style: { display: "none" } },
  { selector: "edge", style: { width: 1, "curve-style": "straight", "target-arrow-shape": "triangle" } },
  { selector: "edge[?bundled]", style: { "curve-style": "bezier" } },
  { selector: "edge.thick", style: { width: 6 } },
];

function graph(prefix: string, nodes: number): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i += 1) {
    elements.push({ group: "nodes", data: { id: `${prefix}${i}`, type: i % 5 === 0 ? "STATE" : "PERSON", size: 10 + (i % 7) * 4, label: `node ${i}` }, position: { x: (i % 10) * 70, y: Math.floor(i / 10) * 70 } });
  }
  for (let i = 0; i < nodes * 2; i += 1) {
    const source = `${prefix}${i % nodes}`;
    const target = `${prefix}${(i * 7 + 3) % nodes}`;
    if (source !== target) elements.push({ group: "edges", data: { id: `${prefix}e${i}`, source, target, bundled: i % 4 === 0 } });
  }
  return elements;
}

function make(checkTriggers: (...args: unknown[]) => void): { cy: Core; calls: { count: number } } {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: STYLE });
  const calls = { count: 0 };
  const own = function (this: unknown, ...args: unknown[]) {
    calls.count += 1;
    return checkTriggers.apply(this, args);
  };
  // An own property on this instance's style: the other instance keeps the prototype's.
  (cy.style() as unknown as Internal).checkTriggers = own;
  return { cy, calls };
}

/** Every element's bounding box and a few computed style values, as plain data. */
function snapshot(cy: Core): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  cy.elements().forEach((ele) => {
    const box = ele.boundingBox();
    out[ele.id()] = {
      box: [box.x1, box.y1, box.x2, box.y2].map((value) => Math.round(value * 1000) / 1000),
      width: ele.style("width"),
      display: ele.style("display"),
      curve: ele.isEdge() ? ele.style("curve-style") : null,
    };
  });
  const all = cy.elements().boundingBox();
  out.all = [all.x1, all.y1, all.x2, all.y2];
  return out;
}

/** The same story for both instances: a first graph, boxes read, then changes to that graph. */
function story(cy: Core): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  cy.batch(() => cy.add(graph("a", 60)));
  seen.push(snapshot(cy));
  // New nodes and edges join a graph whose boxes are cached, one edge parallel to an old pair.
  cy.batch(() => {
    cy.add(graph("b", 20));
    cy.add({ group: "edges", data: { id: "parallel", source: "a1", target: "a10", bundled: true } });
    cy.add({ group: "edges", data: { id: "joins", source: "a2", target: "b3" } });
  });
  seen.push(snapshot(cy));
  // Later style changes go through Cytoscape's own code either way.
  cy.getElementById("a10").addClass("big");
  cy.getElementById("a3").addClass("gone");
  cy.getElementById("a5").data("size", 50);
  cy.edges().slice(0, 10).addClass("thick");
  seen.push(snapshot(cy));
  // Removed and restored elements keep their style (not a first styling).
  const removed = cy.getElementById("a7").remove();
  removed.restore();
  seen.push(snapshot(cy));
  return seen;
}

describe("initial styling fix for Cytoscape", () => {
  it("gives every element the same style and bounds as Cytoscape's own code", () => {
    const before = make(original as (...args: unknown[]) => void);
    const after = make(fixed);
    const expected = story(before.cy);
    const actual = story(after.cy);
    expect(actual).toEqual(expected);
    // The comparison means something: the graph has boxes, and both went through the triggers.
    expect(Object.keys(expected[0]!).length).toBeGreaterThan(150);
    expect(before.calls.count).toBeGreaterThan(500);
    expect(after.calls.count).toBe(before.calls.count);
  });

  it("skips the work a first styling does not need", () => {
    const count = (checkTriggers: (...args: unknown[]) => void): number => {
      const { cy } = make(checkTriggers);
      let bounds = 0;
      cy.on("bounds", () => {
        bounds += 1;
      });
      cy.batch(() => cy.add(graph("c", 80)));
      cy.elements().boundingBox();
      return bounds;
    };
    const withOriginal = count(original as (...args: unknown[]) => void);
    const withFix = count(fixed);
    expect(withOriginal).toBeGreaterThan(500);
    // What is left are the events adding and measuring emit, with or without the fix.
    expect(withFix).toBeLessThan(withOriginal / 2);
  });

  it("installs itself once for the pinned Cytoscape version, keeping the original", () => {
    expect(installInitialStylingFix(cytoscape)).toBe(true);
    expect(installInitialStylingFix(cytoscape)).toBe(true);
    const proto = styleProto();
    expect(proto[ORIGINAL_CHECK_TRIGGERS]).toBe(original);
    expect(proto.checkTriggers).not.toBe(original);
  });
});
