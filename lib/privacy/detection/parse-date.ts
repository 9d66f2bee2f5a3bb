// Dates as people write them, for the date-of-birth detector: ISO (1990-01-31), numeric day/month
// or month/day (31/01/1990, 01/31/1990, 31.01.1990), and English month names (31 January 1990,
// January 31, 1990, 31st Jan 1990), all with four-digit years (31/01/90 is too often something else).
// A match must be a real calendar date in a plausible year.

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
export const DATE = new RegExp(
  [
    String.raw`(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])`,
    String.raw`(?<![\w/.])(\d{1,2})([/.-])(\d{1,2})\5(\d{4})(?![\w/])`,
    String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(${MONTHS})\.?,?\s+(\d{4})\b`,
    String.raw`\b(${MONTHS})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
  ].join("|"),
  "gi",
);
const MIN_YEAR = 1880;
const MAX_YEAR = 2100;

function monthNumber(name: string): number {
  return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a DATE match is a real date; numeric forms count if either reading (D/M or M/D) is. */
export function isDateMatch(match: RegExpExecArray): boolean {
  const g = match;
  if (g[1]) return isCalendarDate(Number(g[1]), Number(g[2]), Number(g[3]));
  if (g[4]) {
    const [a, b, year] = [Number(g[4]), Number(g[6]), Number(g[7])];
    return isCalendarDate(year, b, a) || isCalendarDate(year, a, b);
  }
  if (g[8]) return isCalendarDate(Number(g[10]), monthNumber(g[9]!), Number(g[8]));
  return isCalendarDate(Number(g[13]), monthNumber(g[11]!), Number(g[12]));
}
