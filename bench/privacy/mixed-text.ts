// Deterministic "realistic" text for the detection benchmark: documents of about 2 KB mixing prose
// with ordinary numbers, JSON records (ids, timestamps, amounts, versions, UUIDs) and a few personal
// values each, as tool results look. A seeded generator, so every run measures the same bytes.

const WORDS =
  "the of and to in is for on that with as by this are from at be or an was it not have which we can will all has more one about their they been if also when there our new other some into only time than its may these data would first any after most over such make like use system service report customer account order status update request response value result team project support service payment".split(
    " ",
  );
// Test numbers of several brands, bare, spaced and dashed.
const CARDS = [
  "4242 4242 4242 4242",
  "5555-5555-5555-4444",
  "378282246310005",
  "6011 1111 1111 1117",
  "4000056655665556",
];
const PERSONAL = [
  () => `Please contact maria.jensen${n(999)}@example.com about it.`,
  () => `Call +44 20 7946 0${100 + n(899)} or (202) 555-01${10 + n(89)} before noon.`,
  () => `The card ${CARDS[n(CARDS.length)]} was charged.`,
  () => "Refund to IBAN GB82 WEST 1234 5698 7654 32 today.",
  () => `Login from 203.0.113.${n(254)} was accepted.`,
  () => "Date of birth: 1990-01-31, verified.",
  () => "SSN on file 123-45-6789 is redacted upstream.",
];

let seed = 0x2f6e2b1;
function n(max: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % max;
}

function sentence(): string {
  const words: string[] = [];
  const length = 8 + n(14);
  for (let i = 0; i < length; i++) words.push(WORDS[n(WORDS.length)]!);
  if (n(3) === 0) words.push(String(n(100000)));
  if (n(5) === 0) words.push(`v${n(9)}.${n(20)}.${n(30)}`);
  return `${words.join(" ")}.`;
}

function record(): string {
  return JSON.stringify({
    id: 100000000000 + n(899999999),
    orderId: `ORD-${n(99999999)}`,
    createdAt: `2024-0${1 + n(8)}-1${n(9)}T1${n(9)}:3${n(9)}:0${n(9)}.123Z`,
    amount: n(100000) / 100,
    currency: "EUR",
    status: ["open", "paid", "shipped"][n(3)],
    version: `${n(9)}.${n(9)}.${n(99)}`,
    traceId: `4bf92f35-77b3-4da6-a3ce-${String(n(999999999)).padStart(12, "0")}`,
    items: [{ sku: `SKU-${n(99999)}`, quantity: 1 + n(5) }],
  });
}

/** Documents of about 2 KB each until `totalBytes` (UTF-16 code units, all ASCII here). */
export function buildMixedDocuments(totalBytes: number): string[] {
  seed = 0x2f6e2b1;
  const documents: string[] = [];
  let total = 0;
  while (total < totalBytes) {
    const parts: string[] = [];
    let size = 0;
    let personal = 0;
    while (size < 2048) {
      const pick = n(10);
      const part =
        pick < 5
          ? sentence()
          : pick < 8
            ? record()
            : personal < 4
              ? PERSONAL[n(PERSONAL.length)]!()
              : sentence();
      if (pick >= 8) personal++;
      parts.push(part);
      size += part.length + 1;
    }
    const document = parts.join("\n");
    documents.push(document);
    total += document.length;
  }
  return documents;
}
