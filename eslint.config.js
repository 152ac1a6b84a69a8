import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', '.cache/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  { files: ['src/**', 'test/**', 'stories/**', '.storybook/**', 'demo/**'], languageOptions: { globals: globals.browser } },
  { files: ['test/**'], languageOptions: { globals: globals.mocha } },
  { files: ['scripts/**', '*.config.*', '.storybook/main.ts'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: ['test/node/**'], languageOptions: { globals: globals.node } },
  { files: ['test/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
