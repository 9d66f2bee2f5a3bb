// Structured one-line logs on stdout/stderr. Never log secrets, tokens or request bodies.
type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", message: string, fields?: Fields): void {
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields });
  if (level === "error") console.error(line);
  else console.log(line);
}

export const log = {
  info: (message: string, fields?: Fields) => write("info", message, fields),
  warn: (message: string, fields?: Fields) => write("warn", message, fields),
  error: (message: string, fields?: Fields) => write("error", message, fields),
};

/** An Error as loggable fields (server logs only; never sent to clients). */
export function errorFields(error: unknown): Fields {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
