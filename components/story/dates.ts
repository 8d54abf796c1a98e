/** A date as the edition's press writes it in full ("29 November 2026", "29 novembre 2026", "٢٩ تشرين الثاني ٢٠٢٦"). */
export function longDate(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
