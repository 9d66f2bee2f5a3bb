// ESLint 9 flat config: Next.js' core-web-vitals and TypeScript presets (eslint-config-next 16
// exports them as flat config arrays).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Layer rules (docs/architecture.md). A flat-config rule set for a narrower path replaces the
// wider one, so each narrower set repeats the wider patterns (withLibRules).
const libPatterns = [
  {
    group: ["@/components/*", "@/app/*", "@/cli/*", "**/components/*", "**/app/*"],
    message: "lib never imports components, app or cli (docs/architecture.md).",
  },
  {
    group: ["@/lib/generated/*"],
    message: "Import the Prisma client and its values through @/lib/db, the one place that picks its type.",
  },
];
const nextLinkPath = {
  name: "next/link",
  message: "Use Link from @/components/ui/link: it prefetches when someone reaches for a link, not on sight.",
};
const withLibRules = (...patterns) => ({
  // Type-only imports stay allowed: they load nothing at run time.
  "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...libPatterns, ...patterns] }],
});

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // Formatting is Prettier's job (npm run format); this turns off the rules that would fight it.
  prettier,
  {
    rules: {
      // `_`-prefixed names mark parameters that a signature requires but the body does not use.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: withLibRules(),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [nextLinkPath],
          patterns: [
            {
              group: ["@/app/*", "@/cli/*"],
              message: "components never import app or cli (docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: [nextLinkPath] }] },
  },
  {
    // The one place that wraps next/link.
    files: ["components/ui/link.tsx"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    files: ["lib/crypto/**/*.ts"],
    rules: withLibRules({
      group: ["@/lib/*", "!@/lib/crypto", "!@/lib/env"],
      message: "lib/crypto imports no domain: only lib/crypto and lib/env (docs/architecture.md).",
    }),
  },
  {
    // The detection and masking engine is pure: the gateway, the console's test page and the
    // benchmark share it. Keys, the database and Node's crypto come in through MaskingContext.
    files: ["lib/privacy/detection/**/*.ts", "lib/privacy/masking/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: withLibRules({
      group: [
        "@/lib/*",
        "!@/lib/privacy",
        "@/lib/privacy/*",
        "!@/lib/privacy/detection",
        "!@/lib/privacy/masking",
        "node:*",
        "server-only",
      ],
      message:
        "lib/privacy/detection and lib/privacy/masking are pure: they import only each other (docs/architecture.md).",
    }),
  },
  {
    // The gateway uses server config; server config does not use the gateway. The three use cases
    // left out still drive the gateway from lib/servers (issue 10: move them or invert them).
    files: ["lib/servers/**/*.ts"],
    ignores: [
      "lib/servers/list-servers.ts",
      "lib/servers/refresh-server-catalog.ts",
      "lib/servers/test-connection.ts",
    ],
    rules: withLibRules({
      group: ["@/lib/gateway/*"],
      allowTypeImports: true,
      message:
        "lib/servers must not import lib/gateway back: the gateway imports server config (docs/architecture.md).",
    }),
  },
  {
    // The gateway's hot-path state: read on every call, so it loads no database writers or audit.
    files: [
      "lib/gateway/gateway-runtime.ts",
      "lib/gateway/catalog-index.ts",
      "lib/gateway/catalog-sync.ts",
      "lib/gateway/upstream-connection.ts",
      "lib/gateway/inflight-requests.ts",
      "lib/gateway/resilience/**/*.ts",
      "lib/gateway/rate-limit/**/*.ts",
    ],
    rules: withLibRules({
      group: ["@/lib/tools/*", "@/lib/audit/*", "@/lib/users/*", "@/lib/roles/*", "@/lib/keys/*"],
      allowTypeImports: true,
      message:
        "Gateway hot-path state must not load DB writers or audit: take them through a narrow type (see catalog-sync.ts).",
    }),
  },
  {
    // The one importer of the generated Prisma clients.
    files: ["lib/db.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: libPatterns.slice(0, 1) }],
    },
  },
  globalIgnores([
    "lib/generated/**",
    "prisma/generated/**",
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "e2e/artifacts/**",
    "data/**",
    "next-env.d.ts",
  ]),
]);
