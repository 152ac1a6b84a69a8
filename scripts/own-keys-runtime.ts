// A Vite/rolldown plugin that makes the bundler's own runtime helpers read own keys only.
// Rolldown builds module namespace objects (a dynamic import, `import * as`) with a helper that
// walks `for (name in …)` and defines each key with an object-literal descriptor. On a page that
// adds keys to Object.prototype the walk meets the page's keys ("Getter must be a function") and
// the descriptors inherit `get`/`value` ("Invalid property descriptor"): futan failed to load.
// The build fails if the helpers change shape, so that an upgrade of rolldown is looked at again.
import type { Plugin } from 'vite';

const RUNTIME = '\0rolldown/runtime.js';

export function ownKeysRuntime(): Plugin {
  return {
    name: 'futan:own-keys-runtime',
    transform(code, id) {
      if (id !== RUNTIME) return null;
      const walks = /for \(var (\w+) in (\w+)\)/g;
      const descriptors = /__defProp\(([^,()]+), ([^,()]+), \{ /g;
      if (!walks.test(code) || !descriptors.test(code)) this.error('futan:own-keys-runtime: rolldown\'s runtime helpers changed shape; check them for inherited keys again');
      return code
        .replace(walks, 'for (var $1 of Object.keys($2))')
        .replace(descriptors, '__defProp($1, $2, { __proto__: null, ');
    },
  };
}
