// ESLint 9 flat config: Next.js' core-web-vitals and TypeScript presets (eslint-config-next 16
// exports them as flat config arrays).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

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
