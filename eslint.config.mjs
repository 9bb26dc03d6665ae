import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_name` marks a value deliberately left out (e.g. a column stripped before it leaves the query).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // No interface text written into the markup: words come from the catalogs (messages/), so every
  // locale has them (#15). Only punctuation between translated parts may stand in JSX.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        {
          noStrings: false,
          ignoreProps: true,
          allowedStrings: ["·", ",", "(", ")", "–", ":", "· “", "”", ") ·", "→", ":00", "…"],
        },
      ],
    },
  },
  // The layering, kept by the linter (#13 point 6).
  {
    files: ["app/**/*.{ts,tsx}", "e2e/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/db", "@/db/*"], message: "Reach the database through lib/ (scoped queries), never from app/." }] },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*"], message: "Reach the database through lib/ (scoped queries), never from components/." },
            { group: ["@/app/*"], message: "components/ never imports app/: pass it in as a prop, or move it to lib/." },
          ],
        },
      ],
    },
  },
  {
    // The product's code; tests may compute expected times on their own.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/time/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
          message: "Format dates and times in lib/time/ (one place for zones and locales).",
        },
      ],
    },
  },
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];
export default config;
