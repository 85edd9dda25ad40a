import type { IngestResultFields } from "../../api/ingestArticleMutation.ts";

/** Graph ids of everything an ingest extracted: states, officials, agreements and meetings. */
export function extractedNodeIds(extracted: IngestResultFields["extracted"]): string[] {
  return [
    ...extracted.states.map((iso2) => `state:${iso2}`),
    ...extracted.officials.map((official) => official.id),
    ...extracted.agreements.map((agreement) => agreement.id),
    ...extracted.meetings.map((meeting) => meeting.id),
  ].filter((id, index, ids) => ids.indexOf(id) === index);
}
