import type { ExportGraph } from "../../../server/src/graph/fetchExportGraph.ts";

/** The awkward name every serializer must carry intact: markup characters, quotes, a comma, a line break. */
export const TRICKY_NAME = `O'Brien & "Sons" <Ltd>, Rabat\nsecond line`;

/** A small export: Arabic names, partial dates of each precision, lists, and a name full of markup. */
export function sampleExportGraph(): ExportGraph {
  return {
    nodes: [
      { id: "state:MA", type: "STATE", label: "Morocco", properties: { iso2: "MA", name: "Morocco", nameEn: "Morocco", nameAr: "المغرب", aliases: ["المغرب", "Rabat"] } },
      { id: "state:IL", type: "STATE", label: "Israel", properties: { iso2: "IL", name: "Israel", nameAr: "إسرائيل", aliases: ["Israel"] } },
      { id: "person:tricky", type: "PERSON", label: TRICKY_NAME, properties: { name: TRICKY_NAME, title: "وزير الدفاع", stateIso2: "IL" } },
      {
        id: "agreement:mou:IL-MA:2021-11", type: "AGREEMENT", label: "Defense MoU IL–MA 2021-11",
        properties: { kind: "mou", signedOn: "2021-11", signedOnPrecision: "MONTH", domains: ["defense", "security"], status: "signed", partyIso2: ["IL", "MA"] },
      },
      { id: "agreement:accord:2020", type: "AGREEMENT", label: "اتفاق 2020", properties: { kind: "accord", signedOn: "2020", signedOnPrecision: "YEAR", domains: [] } },
      {
        id: "meeting:visit:MA:2021-11-24", type: "MEETING", label: "Visit MA 2021-11-24",
        properties: { kind: "visit", startDate: "2021-11-24", startPrecision: "DAY", endDate: "2021-11-25", endPrecision: "DAY", location: "Rabat" },
      },
    ],
    edges: [
      { id: "PARTY_TO:state:MA->agreement:mou:IL-MA:2021-11", source: "state:MA", target: "agreement:mou:IL-MA:2021-11", type: "PARTY_TO", role: null, title: null, confidence: 0.8, sourceCount: 2, firstSource: "article:a" },
      { id: "PARTY_TO:state:IL->agreement:mou:IL-MA:2021-11", source: "state:IL", target: "agreement:mou:IL-MA:2021-11", type: "PARTY_TO", role: null, title: null, confidence: 0.8, sourceCount: 1, firstSource: "article:a" },
      { id: "PARTICIPATED_IN:person:tricky->meeting:visit:MA:2021-11-24", source: "person:tricky", target: "meeting:visit:MA:2021-11-24", type: "PARTICIPATED_IN", role: "visitor", title: null, confidence: 0.9, sourceCount: 1, firstSource: "article:b" },
      { id: "HOLDS_OFFICE:person:tricky->state:IL", source: "person:tricky", target: "state:IL", type: "HOLDS_OFFICE", role: null, title: "وزير الدفاع", confidence: 0.9, sourceCount: 1, firstSource: "article:b" },
      { id: "PRODUCED:meeting:visit:MA:2021-11-24->agreement:mou:IL-MA:2021-11", source: "meeting:visit:MA:2021-11-24", target: "agreement:mou:IL-MA:2021-11", type: "PRODUCED", role: null, title: null, confidence: 0.7, sourceCount: 1, firstSource: "article:a" },
    ],
    truncated: false,
    missingIds: [],
  };
}
