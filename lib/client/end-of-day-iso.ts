/** "2027-03-31" (from <input type="date">) as the ISO instant at the end of that local day. */
export function endOfDayIso(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(year, month - 1, day, 23, 59, 59, 999).toISOString();
}

/** Tomorrow as "YYYY-MM-DD" in local time: the earliest expiry date a form should offer. */
export function tomorrowDateInput(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
