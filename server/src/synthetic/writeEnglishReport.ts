import { englishDate } from "./formatReportDate.ts";
import type { Office, OfficeHolders } from "./OfficeHolders.ts";
import type { SyntheticAgreementKind, SyntheticDomain, SyntheticReport } from "./SyntheticEvent.ts";
import type { SyntheticState } from "./syntheticStates.ts";

const KIND: Record<SyntheticAgreementKind, string> = { mou: "memorandum of understanding", agreement: "agreement", treaty: "treaty", deal: "deal" };
const DOMAIN: Record<SyntheticDomain, string> = {
  defense: "defense cooperation", military: "military cooperation", security: "security cooperation", economic: "economic cooperation",
  energy: "energy cooperation", trade: "trade", maritime: "maritime security",
};
export const ENGLISH_TOPICS = ["bilateral relations", "regional security", "trade and investment", "defense cooperation", "the situation in the region", "energy cooperation"];
const CLOSINGS = [
  "No further details were given.",
  "Officials did not say when the next round of talks would take place.",
  "Both sides stressed their commitment to stronger ties.",
  "The statement described the talks as constructive.",
  "Analysts said the move reflects a broader realignment in the region.",
];

// Background lines wire copy adds; they name no state, office or event.
const CONTEXT = [
  "Relations between the two countries have expanded steadily in recent years, with regular contacts at ministerial level.",
  "Observers see the move as part of an effort to diversify partnerships amid shifting regional priorities.",
  "Diplomats familiar with the file said preparations had been under way for several weeks.",
  "The ministry added that joint working groups would follow up on the outcomes.",
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const title = (s: SyntheticState, office: Office) => (office === "leader" ? s.leader : s.titles[office] ?? office);

/** "Moroccan Foreign Minister Khalid Al-Hashimi": title, then name, as wire copy writes them. */
function official(holders: OfficeHolders, s: SyntheticState, office: Office, day: number): string {
  return `${s.adjective} ${title(s, office)} ${holders.holderOn(s, office, day).en}`;
}

/** An English news item on one event: a headline and a few paragraphs. */
export function writeEnglishReport(r: SyntheticReport, holders: OfficeHolders): { title: string; text: string } {
  const e = r.event;
  const when = englishDate(e.day, r.precision, r.variant);
  const [a, b] = e.states as [SyntheticState, SyntheticState];
  const who = (s: SyntheticState) => official(holders, s, e.office, e.day);
  const topic = ENGLISH_TOPICS[e.topic % ENGLISH_TOPICS.length]!;
  let headline: string;
  const body: string[] = [];
  switch (e.kind) {
    case "visit":
      headline = `${a.adjective} ${title(a, e.office).toLowerCase()} visits ${b.en}`;
      if (r.variant % 2 === 0) {
        body.push(`${who(a)} arrived in ${b.capital} ${when} on an official visit to ${b.en}.`);
        body.push(`During the visit, the two sides discussed ${topic} with ${who(b)}.`);
      } else {
        body.push(`${who(b)} received ${who(a)} in ${b.capital} ${when}.`);
        body.push(`The talks focused on ${topic}, according to a statement.`);
      }
      break;
    case "call":
      headline = `${a.en} and ${b.en} discuss ${topic} by phone`;
      body.push(r.variant % 2 === 0
        ? `${who(a)} held a phone call with ${who(b)} ${when}, discussing ${topic}.`
        : `${who(b)} received a phone call from ${who(a)} ${when}.`);
      break;
    case "agreement": {
      const kind = KIND[e.agreementKind];
      headline = `${cap(a.en)} and ${b.en} sign ${e.domain} ${e.agreementKind === "mou" ? "memorandum" : kind}`;
      body.push(`${cap(a.en)} and ${b.en} signed a ${kind} on ${DOMAIN[e.domain]} in ${a.capital} ${when}.`);
      if (r.variant % 3 !== 2) body.push(`The ${kind} was signed by ${who(a)} and ${who(b)}.`);
      break;
    }
    case "summit": {
      const [host, ...guests] = e.states as [SyntheticState, ...SyntheticState[]];
      const names = guests.map((s) => s.en);
      headline = `${host.capital} hosts summit with ${names.join(", ")}`;
      body.push(`Leaders of ${[host, ...guests].map((s) => s.en).slice(0, -1).join(", ")} and ${guests[guests.length - 1]!.en} met at a summit in ${host.capital} ${when}.`);
      body.push(`The summit was hosted by ${official(holders, host, "leader", e.day)}.`);
      break;
    }
    case "exercise":
      headline = `${cap(a.en)} and ${b.en} hold joint military exercises`;
      body.push(`The armed forces of ${a.en} and ${b.en} began joint military exercises ${when}, the ${a.adjective} defense ministry said.`);
      if (r.variant % 2 === 0) body.push(`${who(a)} said the drills would strengthen cooperation between the two armies.`);
      break;
  }
  if (r.recalls) {
    const earlier = r.recalls.event;
    const date = r.recalls.dated ? ` ${englishDate(earlier.day, "month", 0)}` : "";
    body.push(`The two countries signed a ${KIND[earlier.agreementKind]} on ${DOMAIN[earlier.domain]}${date}.`);
  }
  body.push(CONTEXT[r.variant % CONTEXT.length]!);
  if (r.variant % 2 === 1) body.push(CONTEXT[(r.variant + 1) % CONTEXT.length]!);
  body.push(CLOSINGS[r.variant % CLOSINGS.length]!);
  return { title: headline, text: body.join("\n\n") };
}
