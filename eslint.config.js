import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "docs/api/**", "coverage/**", "reports/**", ".stryker-tmp/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // `const { dropped, ...rest } = value` is how a field is left out without mutating anything.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportAllDeclaration", message: "list exports by name, never `export *`" },
        { selector: "ExportDefaultDeclaration", message: "named exports only" },
      ],
    },
  },
  {
    files: ["src/engine/**/*.ts", "src/ui/**/*.ts", "src/parse/**/*.ts", "src/level.ts", "src/org.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "immer", message: "immer belongs in src/admin only" }] }],
    },
  },
  {
    // Tool configs (tsup, vitest, stryker) must default-export their config.
    files: ["*.config.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
