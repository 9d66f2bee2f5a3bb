import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    database:
      | { provider: "sqlite"; template: string; dir: string }
      | { provider: "postgresql"; template: string; prefix: string; dir: string };
  }
}
