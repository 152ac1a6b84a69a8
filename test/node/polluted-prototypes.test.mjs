// The engine and the npm build under Node, in a process whose Object.prototype and Array
// methods were changed before futan loaded: every care path computes exactly as it does clean.
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const FIXTURE = new URL('./fixtures/compute-polluted.mjs', import.meta.url).pathname;
const computeUnder = (pollution, ...flags) =>
  JSON.parse(execFileSync(process.execPath, ['--no-warnings', FIXTURE, pollution, ...flags], { encoding: 'utf8' }));

const POLLUTIONS = {
  'a number': 'Object.prototype.x = 1;',
  'a string': 'Object.prototype.x = "polluted";',
  'a function': 'Object.prototype.x = function () { return 1; };',
  'plan field names (amount, month, kind, payer, people, items)':
    'Object.assign(Object.prototype, { amount: "1", month: "2026-01", kind: "free", payer: "research", people: [], items: [] });',
  'lang': 'Object.prototype.lang = "en";',
  'get and set': 'Object.prototype.get = function () { return 1; }; Object.prototype.set = function () {};',
  'value and writable': 'Object.prototype.value = 1; Object.prototype.writable = true;',
  'Array.prototype.toJSON': 'Array.prototype.toJSON = function () { return Array.from(this); };',
  'Array.prototype.map':
    'Array.prototype.map = function (fn, self) { const out = []; for (let i = 0; i < this.length; i++) out.push(fn.call(self, this[i], i, this)); return out; };',
};
// lit's own DOM shim for Node (@lit-labs/ssr-dom-shim) defines an accessor with an object literal
// and throws under these, before any futan code runs; the engine alone is not affected.
const LIT_IN_NODE_FAILS = new Set(['value and writable']);

const clean = computeUnder('');

for (const [name, pollution] of Object.entries(POLLUTIONS)) {
  test(`the engine computes every care path exactly under ${name}`, () => {
    assert.deepEqual(computeUnder(pollution), clean);
  });
  if (LIT_IN_NODE_FAILS.has(name)) continue;
  test(`the npm build loads and computes every care path exactly under ${name}`, () => {
    assert.deepEqual(computeUnder(pollution, '--npm'), clean);
  });
}
