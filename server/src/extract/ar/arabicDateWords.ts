// Arabic month names in their regional variants, folded (alef/hamza, taa marbuta, alef maqsura):
// Gregorian Egyptian/Gulf forms, Levantine/Iraqi Syriac names and Maghrebi French-derived names.
// Source: general knowledge; Wikipedia "Arabic names of calendar months".
export const ARABIC_MONTHS: [string, number][] = [
  ["كانون الثاني", 1], ["يناير", 1], ["جانفي", 1], ["جانفييه", 1],
  ["شباط", 2], ["فبراير", 2], ["فيفري", 2], ["فبرير", 2],
  ["اذار", 3], ["مارس", 3],
  ["نيسان", 4], ["ابريل", 4], ["افريل", 4], ["ابريل", 4],
  ["ايار", 5], ["مايو", 5], ["ماي", 5],
  ["حزيران", 6], ["يونيو", 6], ["يونيه", 6], ["جوان", 6],
  ["تموز", 7], ["يوليو", 7], ["يوليه", 7], ["جويليه", 7], ["يوليوز", 7],
  ["اب", 8], ["اغسطس", 8], ["اوت", 8], ["غشت", 8],
  ["ايلول", 9], ["سبتمبر", 9], ["شتنبر", 9],
  ["تشرين الاول", 10], ["تشرين اول", 10], ["اكتوبر", 10],
  ["تشرين الثاني", 11], ["تشرين ثاني", 11], ["نوفمبر", 11], ["نونبر", 11],
  ["كانون الاول", 12], ["كانون اول", 12], ["ديسمبر", 12], ["دجنبر", 12],
];

/** Months that are also common words ("اب" father, "ماي") count only next to a day number or year. */
export const ARABIC_MONTHS_NEEDING_NUMBER = new Set(["اب", "ماي"]);

export const ARABIC_WEEKDAYS: [string, number][] = [
  ["الاحد", 0], ["الاثنين", 1], ["الإثنين", 1], ["الثلاثاء", 2], ["الاربعاء", 3], ["الخميس", 4], ["الجمعه", 5], ["السبت", 6],
];
