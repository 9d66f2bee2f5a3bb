import type { Principal } from "@/lib/auth/principal";

export type PrincipalView = {
  type: Principal["type"];
  id: string;
  email: string | null;
  name: string | null;
  roles: string[];
  capabilities: string[];
};

export function describePrincipal(principal: Principal): PrincipalView {
  return {
    type: principal.type,
    id: principal.id,
    email: principal.type === "user" ? principal.email : null,
    name: principal.name,
    roles: [...principal.access.roles].sort(),
    capabilities: [...principal.access.capabilities.keys()].sort(),
  };
}
