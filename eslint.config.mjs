/**
 * ESLint: Next.js's rules (core web vitals, TypeScript) plus the project's import boundaries, so the
 * layering ARCHITECTURE.md describes holds by construction:
 *  - components/ and lib/ never import app/ (arrows point from pages to the code they use);
 *  - only lib/db holds Prisma: nothing else imports @prisma/*, the generated clients or lib/db/client;
 *  - components/ never import the data layer at all (they get data as props);
 *  - only lib/db opens transactions, bumps the content version, writes audit rows or snapshots (its operations check the actor first);
 *  - lib/book, the domain kernel (part kinds, the export schema, the content files), imports nothing of the project.
 * `npm run lint` runs it; `npm test` runs `npm run lint` first.
 */
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const appImports = { group: ["@/app/*", "**/app/*"], message: "components/ and lib/ must not import app/: move the shared code into lib/ or components/." };
const prisma = { group: ["@prisma/*", "**/db/generated/*", "@/lib/db/generated/*"], message: "Only lib/db talks to Prisma." };
const client = { group: ["@/lib/db/client", "**/lib/db/client"], message: "Pages, routes and components call lib/db operations; they never hold a database client." };
const internalWrites = {
  group: ["@/lib/db/transaction", "**/lib/db/transaction", "@/lib/db/content/bump-content-version", "**/db/content/bump-content-version", "@/lib/db/audit/record-audit-event", "**/db/audit/record-audit-event", "@/lib/db/editing/apply-snapshot", "**/db/editing/apply-snapshot"],
  message: "Transactions, the content version, raw audit writes and snapshot writes belong to the data layer's own operations, which check the actor (lib/auth uses recordAuthEvent).",
};
const dataLayer = { group: ["@/lib/db/*", "**/lib/db/*"], message: "Components get their data as props; pages and routes call lib/db." };

const config = [
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"] },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // The project's own convention (CODE_STYLE.md): `_`-prefixed names are deliberately unused.
      // Repeated links are plain <a> on purpose (CODE_STYLE.md): a full navigation gets the cached page, and
      // next/link would add a client reference per link to the React payload.
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  { files: ["app/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"], rules: { "no-restricted-imports": ["error", { patterns: [prisma, client, internalWrites] }] } },
  { files: ["components/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [appImports, prisma, dataLayer] }] } },
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/db/**"], rules: { "no-restricted-imports": ["error", { patterns: [appImports, prisma, internalWrites] }] } },
  { files: ["lib/db/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [appImports] }] } },
  // lib/book is the domain kernel: everything depends on it, and it imports nothing of the project.
  { files: ["lib/book/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/*", "../*"], message: "lib/book imports nothing of the project." }] }] } },
  { files: ["lib/book/*/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/*", "../../*"], message: "lib/book imports nothing of the project." }] }] } },
];

export default config;
