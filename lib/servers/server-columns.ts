import "server-only";
import { sealJson } from "@/lib/crypto/seal";

/** Secret maps become a sealed blob plus the list of names (which the API may show). */
export function secretColumns(kind: "env" | "headers", values: Record<string, string> | undefined) {
  const names = values ? Object.keys(values).sort() : [];
  const sealed = values && names.length ? sealJson(values) : null;
  return kind === "env"
    ? { envEncrypted: sealed, envKeys: names }
    : { headersEncrypted: sealed, headerKeys: names };
}
