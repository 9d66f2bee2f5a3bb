// Names as agents see them: "<server slug>__<tool name>". Grants and audit use "<slug>/<tool>".
export const EXPOSED_NAME_SEPARATOR = "__";

export function exposedName(slug: string, name: string): string {
  return `${slug}${EXPOSED_NAME_SEPARATOR}${name}`;
}

export function toolPath(slug: string, name: string): string {
  return `${slug}/${name}`;
}

/** Prompts and resources share the grant pattern space: "<slug>/prompt:<name>", "<slug>/resource:<uri>". */
export function promptPath(slug: string, name: string): string {
  return `${slug}/prompt:${name}`;
}

export function resourcePath(slug: string, uri: string): string {
  return `${slug}/resource:${uri}`;
}
