// The REST paths of detectors and masking policies, shared by their hooks.
export const detectorPath = (id: string) => `/api/v1/privacy/detectors/${encodeURIComponent(id)}`;
export const maskingPolicyPath = (id: string) => `/api/v1/privacy/masking-policies/${encodeURIComponent(id)}`;
