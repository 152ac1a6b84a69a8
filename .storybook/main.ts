import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    // No network here, and patient data never leaves the browser: no telemetry.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Storybook's preview chunk is large; its size is not ours to budget.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, chunkSizeWarningLimit: 3000 },
  }),
};
export default config;
