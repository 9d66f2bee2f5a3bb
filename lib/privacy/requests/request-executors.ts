import "server-only";
import type { RequestType } from "@/lib/privacy/requests/request-types";
import type { RequestExecutor } from "@/lib/privacy/requests/execution-types";

/** The job each request type runs once approved and executed. */
export const REQUEST_EXECUTORS: Partial<Record<RequestType, RequestExecutor>> = {};
