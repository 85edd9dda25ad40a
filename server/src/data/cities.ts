// Well-known cities other than capitals where state visits, summits and talks are held, with their
// state. Used only to place an event (datelines, "in Jeddah"); a city is not a state mention.
// Source: general knowledge of diplomatic venues in news copy.
export const CITIES: [string, string[]][] = [
  ["SA", ["Jeddah", "Jiddah", "Al-Ula", "AlUla", "Al Ula", "Dhahran", "NEOM", "جدة", "العلا", "الظهران", "نيوم", "مكة المكرمة", "Mecca"]],
  ["AE", ["Dubai", "دبي"]],
  ["TR", ["Istanbul", "Antalya", "إسطنبول", "اسطنبول", "أنطاليا"]],
  ["EG", ["Sharm el-Sheikh", "Sharm El-Sheikh", "Sharm al-Sheikh", "Alexandria", "El Alamein", "شرم الشيخ", "الإسكندرية", "العلمين"]],
  ["MA", ["Marrakesh", "Marrakech", "Casablanca", "Tangier", "مراكش", "الدار البيضاء", "طنجة"]],
  ["US", ["New York", "Camp David", "نيويورك", "كامب ديفيد"]],
  ["CH", ["Geneva", "Davos", "Lausanne", "Genève", "جنيف", "دافوس", "لوزان"]],
  ["IN", ["Mumbai", "مومباي"]],
  ["CN", ["Shanghai", "شنغهاي"]],
  ["RU", ["St Petersburg", "St. Petersburg", "Saint Petersburg", "Sochi", "سانت بطرسبرغ", "سوتشي"]],
  ["JP", ["Hiroshima", "Osaka", "هيروشيما", "أوساكا"]],
  ["JO", ["Aqaba", "العقبة"]],
  ["IQ", ["Erbil", "Basra", "أربيل", "البصرة"]],
  ["BH", ["Sakhir", "الصخير"]],
  ["ES", ["Barcelona", "برشلونة"]],
  ["FR", ["Marseille", "Biarritz"]],
  ["DE", ["Munich", "Hamburg", "ميونخ"]],
  ["KR", ["Busan"]],
  ["AU", ["Sydney", "Melbourne"]],
];
