import { createApp } from 'vue';
import { SCENARIOS } from 'futan';
import App from './App.vue';

// Vue renders futan-* as custom elements once its compiler is told so (with Vite, the same
// isCustomElement goes under vue({ template: { compilerOptions } })).
const app = createApp(App, { plan: SCENARIOS[0].plan });
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('futan-');
app.mount('#app');
