// The benchmark's tool argument: about 2 KB of text with five personal values in it (an email, a
// phone number, a payment card, an IBAN, an IPv4 address), which the echo tool sends back.
export const PERSONAL_VALUES = {
  email: "jane.doe@example.com",
  phone: "+1 202 555 0143",
  card: "4111 1111 1111 1111",
  iban: "DE89 3704 0044 0532 0130 00",
  ip: "203.0.113.7",
} as const;

const FILLER =
  "The order was packed on the second shelf and shipped with the standard carrier; the customer asked " +
  "for the invoice to be sent again and for the delivery window to move to the afternoon. ";

function filler(length: number): string {
  return FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length);
}

/** A ~2 KB message, distinct per call (the tag), with the five values spread through it. */
export function personalMessage(tag: string): string {
  const v = PERSONAL_VALUES;
  return [
    `Ticket ${tag}. ${filler(300)}`,
    `Reply to ${v.email} when done. ${filler(300)}`,
    `Call back on ${v.phone} if needed. ${filler(300)}`,
    `Refund card ${v.card} in full. ${filler(300)}`,
    `Or transfer to ${v.iban} instead. ${filler(300)}`,
    `Last login from ${v.ip} yesterday. ${filler(250)}`,
  ].join(" ");
}

/** Whether a result came back with every personal value masked (and the ticket tag intact). */
export function isMaskedEcho(text: string, message: string): boolean {
  if (!text.startsWith("Echo: ") || !text.includes(message.slice(0, message.indexOf(".")))) return false;
  return Object.values(PERSONAL_VALUES).every((value) => !text.includes(value));
}
