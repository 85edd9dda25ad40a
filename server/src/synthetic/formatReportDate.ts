const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
// Levantine and Iraqi media use the Syriac month names.
const AR_MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

const parts = (day: number) => { const d = new Date(day * 86_400_000); return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() }; };

/** "YYYY-MM-DD" of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** "on 24 November 2021", "on November 24, 2021" or "in November 2021". */
export function englishDate(day: number, precision: "day" | "month", variant: number): string {
  const { y, m, d } = parts(day);
  if (precision === "month") return `in ${EN_MONTHS[m]} ${y}`;
  return variant % 2 === 0 ? `on ${d} ${EN_MONTHS[m]} ${y}` : `on ${EN_MONTHS[m]} ${d}, ${y}`;
}

/** "يوم 24 نوفمبر 2021", "في 24 تشرين الثاني 2021" or "في نوفمبر 2021". */
export function arabicDate(day: number, precision: "day" | "month", levantine: boolean): string {
  const { y, m, d } = parts(day);
  const month = (levantine ? AR_MONTHS_LEVANT : AR_MONTHS)[m]!;
  return precision === "month" ? `في ${month} ${y}` : `${levantine ? "في" : "يوم"} ${d} ${month} ${y}`;
}
