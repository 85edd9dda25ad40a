import { arabicDate } from "./formatReportDate.ts";
import type { Office, OfficeHolders } from "./OfficeHolders.ts";
import type { SyntheticAgreementKind, SyntheticDomain, SyntheticReport } from "./SyntheticEvent.ts";
import type { SyntheticState } from "./syntheticStates.ts";

// Modern Standard Arabic as news agencies write it.
const KIND: Record<SyntheticAgreementKind, string> = { mou: "مذكرة تفاهم", agreement: "اتفاقية", treaty: "معاهدة", deal: "صفقة" };
const DOMAIN: Record<SyntheticDomain, string> = {
  defense: "للتعاون الدفاعي", military: "للتعاون العسكري", security: "للتعاون الأمني", economic: "للتعاون الاقتصادي",
  energy: "للتعاون في مجال الطاقة", trade: "للتعاون التجاري", maritime: "للتعاون في مجال الأمن البحري",
};
const DOMAIN_HEADLINE: Record<SyntheticDomain, string> = {
  defense: "دفاعية", military: "عسكرية", security: "أمنية", economic: "اقتصادية", energy: "في مجال الطاقة", trade: "تجارية", maritime: "بحرية",
};
export const ARABIC_TOPICS = ["العلاقات الثنائية", "الأمن الإقليمي", "التجارة والاستثمار", "التعاون الدفاعي", "تطورات الأوضاع في المنطقة", "التعاون في مجال الطاقة"];
const CLOSINGS = [
  "ولم تُكشف تفاصيل إضافية.",
  "وأكد الجانبان حرصهما على تعزيز العلاقات بين البلدين.",
  "ووصف البيان المحادثات بأنها بنّاءة.",
  "ويرى مراقبون أن هذه الخطوة تعكس تحولات أوسع في المنطقة.",
];
// Background lines agencies add; they name no state, office or event.
const CONTEXT = [
  "وشهدت العلاقات بين البلدين تطورا ملحوظا خلال السنوات الأخيرة، مع تواصل منتظم على المستوى الوزاري.",
  "ويرى دبلوماسيون أن هذه الخطوة تندرج في إطار مساعي تنويع الشراكات في ظل تغير الأولويات الإقليمية.",
  "وأفادت مصادر مطلعة بأن التحضيرات جرت على مدى أسابيع.",
  "وأضافت الوزارة أن فرق عمل مشتركة ستتابع تنفيذ النتائج.",
];
const LEVANT = new Set(["LB", "JO", "IQ", "SY"]);

/** "وزير الخارجية المغربي خالد الهاشمي": title, nationality, name. */
function official(holders: OfficeHolders, s: SyntheticState, office: Office, day: number): string {
  const name = holders.holderOn(s, office, day).ar;
  if (office === "Foreign Minister") return `وزير الخارجية ${s.nisba} ${name}`;
  if (office === "Defense Minister") return `وزير الدفاع ${s.nisba} ${name}`;
  switch (s.leader) {
    case "President": return `الرئيس ${s.nisba} ${name}`;
    case "King": return `العاهل ${s.nisba} ${name}`;
    case "Emir": return `أمير دولة ${s.ar} ${name}`;
    case "Sultan": return `السلطان ${name}`;
    case "Prime Minister": return `رئيس الوزراء ${s.nisba} ${name}`;
    case "Chancellor": return `المستشار ${s.nisba} ${name}`;
  }
}

/** An Arabic news item on one event: a headline and a few paragraphs. */
export function writeArabicReport(r: SyntheticReport, holders: OfficeHolders): { title: string; text: string } {
  const e = r.event;
  const [a, b] = e.states as [SyntheticState, SyntheticState];
  const when = arabicDate(e.day, r.precision, LEVANT.has(a.iso2) || LEVANT.has(b.iso2));
  const who = (s: SyntheticState) => official(holders, s, e.office, e.day);
  const topic = ARABIC_TOPICS[e.topic % ARABIC_TOPICS.length]!;
  let headline: string;
  const body: string[] = [];
  switch (e.kind) {
    case "visit":
      headline = `زيارة رسمية إلى ${b.ar}`;
      if (r.variant % 2 === 0) {
        body.push(`وصل ${who(a)} إلى ${b.capitalAr} ${when} في زيارة رسمية إلى ${b.ar}.`);
        body.push(`وأجرى خلال الزيارة مباحثات مع ${who(b)} تناولت ${topic}.`);
      } else {
        body.push(`استقبل ${who(b)} في ${b.capitalAr} ${when} ${who(a)}.`);
        body.push(`وتناولت المباحثات ${topic}، بحسب بيان رسمي.`);
      }
      break;
    case "call":
      headline = `اتصال هاتفي بين ${a.ar} و${b.ar}`;
      body.push(r.variant % 2 === 0
        ? `أجرى ${who(a)} اتصالا هاتفيا مع ${who(b)} ${when}، بحث خلاله الجانبان ${topic}.`
        : `تلقى ${who(b)} اتصالا هاتفيا من ${who(a)} ${when}.`);
      break;
    case "agreement":
      headline = `${a.ar} و${b.ar} توقعان ${KIND[e.agreementKind]} ${DOMAIN_HEADLINE[e.domain]}`;
      body.push(`وقعت ${a.ar} و${b.ar} ${when} في ${a.capitalAr} ${KIND[e.agreementKind]} ${DOMAIN[e.domain]}.`);
      if (r.variant % 3 !== 2) body.push(`ووقّع الوثيقة ${who(a)} و${who(b)}.`);
      break;
    case "summit": {
      const [host, ...guests] = e.states as [SyntheticState, ...SyntheticState[]];
      headline = `قمة في ${host.capitalAr}`;
      body.push(`انطلقت ${when} في ${host.capitalAr} أعمال قمة تجمع قادة ${[host, ...guests].map((s) => s.ar).join(" و")}.`);
      body.push(`وتُعقد القمة بدعوة من ${official(holders, host, "leader", e.day)}.`);
      break;
    }
    case "exercise":
      headline = `مناورات عسكرية مشتركة بين ${a.ar} و${b.ar}`;
      body.push(`انطلقت ${when} مناورات عسكرية مشتركة بين ${a.ar} و${b.ar} بمشاركة وحدات برية وبحرية.`);
      if (r.variant % 2 === 0) body.push(`وقال ${who(a)} إن التدريبات تعزز التعاون بين الجيشين.`);
      break;
  }
  if (r.recalls) {
    const earlier = r.recalls.event;
    const date = r.recalls.dated ? ` ${arabicDate(earlier.day, "month", false)}` : "";
    body.push(`وكان البلدان قد وقعا ${KIND[earlier.agreementKind]} ${DOMAIN[earlier.domain]}${date}.`);
  }
  body.push(CONTEXT[r.variant % CONTEXT.length]!);
  if (r.variant % 2 === 1) body.push(CONTEXT[(r.variant + 1) % CONTEXT.length]!);
  body.push(CLOSINGS[r.variant % CLOSINGS.length]!);
  return { title: headline, text: body.join("\n\n") };
}
