// The REST path of one tool, shared by the tool hooks.
export const toolPath = (id: string) => `/api/v1/tools/${encodeURIComponent(id)}`;
