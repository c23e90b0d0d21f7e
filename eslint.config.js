import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** A path literal: "/x" or `/x/${id}`. Internal links go through React Router's typed href(). */
const pathLiteral = (parent) => [
  `${parent} > Literal[value=/^\\//]`,
  `${parent} > TemplateLiteral[quasis.0.value.raw=/^\\//]`,
];
const linkAttribute = "JSXAttribute[name.name=/^(to|href|action)$/]";

/** The house rules the tree keeps by lint, each with the reason a reader sees in the error. */
const houseRules = [
  {
    selector: "TSAsExpression > TSNeverKeyword",
    message: "No `as never`: type the value (the form kit takes Conform's field metadata as it is).",
  },
  {
    selector: "TSTypeAliasDeclaration[id.name='Actor'], TSInterfaceDeclaration[id.name='Actor']",
    message: "There is one Actor: import it from ~/auth/actor.",
  },
  ...[...pathLiteral(linkAttribute), ...pathLiteral(`${linkAttribute} > JSXExpressionContainer`)].map((selector) => ({
    selector,
    message: 'Link with href("/path/:id", { id }) from react-router, not a hard-coded path.',
  })),
  ...pathLiteral("CallExpression[callee.name='redirect']").map((selector) => ({
    selector,
    message: 'Redirect with href("/path/:id", { id }) from react-router, not a hard-coded path.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      "build/",
      "dist/",
      "app/generated/",
      ".react-router/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      ".data/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "jsx-a11y": jsxA11y, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Pages autofocus the first field in error so the error summary works without JavaScript.
      "jsx-a11y/no-autofocus": "off",
      "no-restricted-syntax": ["error", ...houseRules],
    },
  },
  {
    files: ["app/auth/actor.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...houseRules.filter((r) => !r.message.startsWith("There is one Actor"))],
    },
  },
  {
    // Routes are thin: they ask the domain layer, which alone talks to Prisma.
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...houseRules,
        {
          selector: "MemberExpression[object.type='CallExpression'][object.callee.name='db']",
          message: "No Prisma in routes: call a function of app/domain/* (pass db() to it).",
        },
        {
          selector: "MemberExpression[object.name=/^(tx|prisma)$/]",
          message: "No Prisma in routes: call a function of app/domain/*.",
        },
      ],
    },
  },
  { files: ["**/*.js"], languageOptions: { globals: globals.node } },
);
