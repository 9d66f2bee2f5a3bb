// The REST path of one upstream server, shared by the server hooks.
export const serverPath = (id: string) => `/api/v1/servers/${encodeURIComponent(id)}`;
