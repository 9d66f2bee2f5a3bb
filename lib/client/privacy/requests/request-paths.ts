// The REST paths of data-subject requests and their exports, shared by the hooks and the links.
const BASE = "/api/v1/privacy";

export const requestsPath = `${BASE}/requests`;
export const requestSummaryPath = `${BASE}/requests/summary`;
export const requestPath = (id: string) => `${BASE}/requests/${encodeURIComponent(id)}`;
export const requestActionPath = (id: string, action: string) => `${requestPath(id)}/${action}`;
export const requestExportsPath = (id: string) => `${requestPath(id)}/exports`;
export const requestCertificatePath = (id: string) => `${requestPath(id)}/certificate`;
export const exportFilePath = (id: string) => `${BASE}/exports/${encodeURIComponent(id)}/file`;
export const exportManifestPath = (id: string) => `${BASE}/exports/${encodeURIComponent(id)}/manifest`;

/** The console pages of one request. */
export const requestPageHref = (id: string) => `/privacy/requests/${encodeURIComponent(id)}`;
export const certificatePageHref = (id: string) => `${requestPageHref(id)}/certificate`;
