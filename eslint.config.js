// One lint config for every workspace. `npm run lint` lints them all in one process (the type-aware
// rules' project service then builds each TypeScript program once); each workspace's `lint` script
// (`eslint .` from its folder) still works alone.
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/src/db/generated/**", "**/src/graphql/generated/**", "**/.turbo/**", "**/.types/**"] },
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
);
