// One lint config for every workspace. `npm run lint` lints them all in one process (the type-aware
// rules' project service then builds each TypeScript program once); each workspace's `lint` script
// (`eslint .` from its folder) still works alone.
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * Domain files allowed to break the boundary below while they wait to be moved out of domain/.
 * Empty: every domain file holds to the rule. Do not add to this list.
 */
const DOMAIN_BOUNDARY_EXCEPTIONS = [];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/dist-server/**",
      "**/src/db/generated/**",
      "**/src/graphql/generated/**",
      "**/.turbo/**",
      "**/.types/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Type-aware rules for the mistakes the compiler lets through: a promise nobody awaits (its rejection
    // is unhandled and its work races what follows) and a promise where a void callback is expected.
    // The project service finds each file's tsconfig.json, as the editor does.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Off for now: the pages load their data in effects (set "loading", fetch, set the result), the
      // pattern this React Compiler rule reports. Moving them to route loaders is its own change.
      "react-hooks/set-state-in-effect": "off",
    },
  },
  {
    // The service layout (docs/architecture.md §4): domain/ holds pure rules, so it imports only the
    // calendar, the event catalogue, text folding, zod and its own files — never a database, a
    // transport, a document library or the clock (time is a parameter). Roles are vocabulary, so a
    // type-only import of them from the service kit is allowed. infra/test/lint-boundaries.test.ts
    // checks that this rule fails on a wrong import.
    files: ["apps/*/src/domain/**/*.ts"],
    ignores: DOMAIN_BOUNDARY_EXCEPTIONS,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!(@tthc/(calendar|events|text|service-kit)|zod)$|\\.{1,2}/)",
              message:
                "domain/ holds pure rules: it may import only @tthc/calendar, @tthc/events, @tthc/text, zod and its own files (docs/architecture.md §4).",
            },
            {
              regex: "^(\\.\\./)+(db|graphql|use-cases|events|jobs|security|auth|documents|app|env|main|seed)(/|\\.ts$)",
              message: "domain/ must not reach into the service's other layers; pass what it needs as arguments.",
            },
            { regex: "^@tthc/service-kit$", allowTypeImports: true, message: "domain/ may take only types (roles) from the service kit." },
          ],
        },
      ],
    },
  },
);
