import { build } from 'vite';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const outDir = mkdtempSync(join(tmpdir(), 'futan-prof-'));
await build({ configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true, minify: false, lib: { entry: process.env.ENTRY, formats: ['es'], fileName: () => 'engine.js' } } });
const { calculate } = await import(pathToFileURL(join(outDir, 'engine.js')).href);
function random(seed) { let s = seed >>> 0; return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32); }
const KINDS = ['insured', 'insured', 'insured', 'insured', 'advanced', 'meals', 'other', 'trial', 'selected'];
function makePlan(seed, months, items) {
  const r = random(seed);
  const monthText = (i) => { const m = 2026 * 12 + 1 + (i % months); return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`; };
  return { insurance: { bracket: 'ウ', priorHighCostMonths: ['2025-12'], supplementary: { deductible: 25000 } },
    people: [{ id: 'patient', birthDate: '1961-05-20' }, { id: 'spouse', birthDate: '1963-11-02' }],
    items: Array.from({ length: items }, (_, i) => { const kind = KINDS[Math.floor(r() * KINDS.length)];
      const base = { month: monthText(i), kind, person: r() < 0.7 ? 'patient' : 'spouse', facility: ['A', 'B', 'C'][Math.floor(r() * 3)] };
      if (kind === 'meals') return { ...base, meals: Math.floor(r() * 90) };
      return { ...base, amount: String(Math.floor(r() * 900_000) + 1000), setting: r() < 0.5 ? 'inpatient' : 'outpatient' }; }) };
}
const plans = Array.from({ length: 50 }, (_, i) => makePlan(i + 1, 12, 60));
for (let i = 0; i < 300; i++) calculate(plans[i % 50]);
const t = performance.now(); let n = 0;
while (performance.now() - t < 3000) calculate(plans[n++ % 50]);
console.log('plans/s', n / 3);
