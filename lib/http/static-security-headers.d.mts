export declare const NON_PAGE_CONTENT_SECURITY_POLICY: string;
export declare function staticSecurityHeaders(isProduction: boolean): Record<string, string>;
