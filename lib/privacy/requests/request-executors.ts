import "server-only";
import { executeAccessRequest } from "@/lib/privacy/access/execute-access-request";
import { executeErasure } from "@/lib/privacy/erasure/execute-erasure";
import type { RequestType } from "@/lib/privacy/requests/request-types";
import type { RequestExecutor } from "@/lib/privacy/requests/execution-types";

/** The job each request type runs once approved and executed. */
export const REQUEST_EXECUTORS: Partial<Record<RequestType, RequestExecutor>> = {
  access: executeAccessRequest,
  erasure: (ctx) => executeErasure(ctx),
};
