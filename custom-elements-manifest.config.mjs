// Public API documented where it is declared (JSDoc on each element) → custom-elements.json →
// Storybook's controls and docs. packagejson: false keeps the analyzer from rewriting package.json.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/elements/**/draft.ts', 'src/elements/**/*-styles.ts', 'src/elements/**/*-section.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
