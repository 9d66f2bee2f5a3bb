/** A retention period in words, to read next to the number: 400 -> "about 13 months". */
export function describeDays(days: number): string {
  if (days < 7) return days === 1 ? "1 day" : `${days} days`;
  if (days < 60) {
    const weeks = Math.round(days / 7);
    return days % 7 === 0
      ? `${weeks} ${weeks === 1 ? "week" : "weeks"}`
      : `about ${weeks} ${weeks === 1 ? "week" : "weeks"}`;
  }
  if (days < 730) {
    const months = Math.round(days / 30.4375);
    return `about ${months} months`;
  }
  const years = Math.round(days / 365.25);
  return `about ${years} years`;
}
