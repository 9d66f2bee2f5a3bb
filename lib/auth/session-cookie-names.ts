// The session cookie's possible names, for code that must not load secrets (the proxy).
export const SESSION_COOKIE_NAMES = ["gatehouse.session", "__Secure-gatehouse.session"] as const;
