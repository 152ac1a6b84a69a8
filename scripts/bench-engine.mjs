// Engine throughput: how many 12-month, two-person, 60-item plans `calculate()` computes per
// second, and how the time grows with months (1 → 24) and items (10 → 500).
// Rerun: npm run bench:engine
import { build } from 'vite';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = mkdtempSync(join(tmpdir(), 'futan-bench-'));
await build({
  configFile: false,
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true, minify: false, lib: { entry: 'src/engine/index.ts', formats: ['es'], fileName: () => 'engine.js' } },
});
const { calculate, evaluate, validate } = await import(pathToFileURL(join(outDir, 'engine.js')).href);

/** A small deterministic generator, so that every run times the same plans. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const KINDS = ['insured', 'insured', 'insured', 'insured', 'advanced', 'meals', 'other', 'trial', 'selected'];
function makePlan(seed, months, items) {
  const r = random(seed);
  const monthText = (i) => { const m = 2026 * 12 + 1 + (i % months); return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`; };
  return {
    insurance: { bracket: 'ウ', priorHighCostMonths: ['2025-12'], supplementary: { deductible: 25000 } },
    people: [{ id: 'patient', birthDate: '1961-05-20' }, { id: 'spouse', birthDate: '1963-11-02' }],
    items: Array.from({ length: items }, (_, i) => {
      const kind = KINDS[Math.floor(r() * KINDS.length)];
      const base = { month: monthText(i), kind, person: r() < 0.7 ? 'patient' : 'spouse', facility: ['A', 'B', 'C'][Math.floor(r() * 3)] };
      if (kind === 'meals') return { ...base, meals: Math.floor(r() * 90) };
      return { ...base, amount: String(Math.floor(r() * 900_000) + 1000), setting: r() < 0.5 ? 'inpatient' : 'outpatient' };
    }),
  };
}

/** Plans per second over about `ms` milliseconds, after a warm-up. */
function throughput(plans, ms = 1500, run = calculate) {
  for (let i = 0; i < 200; i++) run(plans[i % plans.length]);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) run(plans[n++ % plans.length]);
  return n / ((performance.now() - start) / 1000);
}

/** The same per second of this process's CPU time: steadier when other work shares the cores. */
function perCpuSecond(plans, count, run = calculate) {
  for (let i = 0; i < 200; i++) run(plans[i % plans.length]);
  const before = process.cpuUsage();
  for (let i = 0; i < count; i++) run(plans[i % plans.length]);
  const used = process.cpuUsage(before);
  return count / ((used.user + used.system) / 1e6);
}

const typical = Array.from({ length: 50 }, (_, i) => makePlan(i + 1, 12, 60));
const perSecond = throughput(typical, 3000);
const perCpu = perCpuSecond(typical, 3000);
// The floor catches a regression, not the machine's load: it is per CPU-second (4,100–5,700 for the
// same engine on these shared 2-core machines) and well below that. A floor of 5,000 plans a second
// by the clock failed on a loaded machine with the engine unchanged.
const FLOOR = 3000;
console.log(`engine: ${Math.round(perSecond)} plans/s, ${Math.round(perCpu)} per CPU-second (12 months, 2 people, 60 items; target >= 10000, fails below ${FLOOR} per CPU-second)   rerun: npm run bench:engine`);
const keystroke = (plan) => (validate(plan).length ? undefined : calculate(plan));
const twoCalls = perCpuSecond(typical, 2000, keystroke);
const oneCall = perCpuSecond(typical, 2000, evaluate);
console.log(`engine keystroke: validate()+calculate() ${Math.round(twoCalls)}/CPU-s, evaluate() ${Math.round(oneCall)}/CPU-s (${(oneCall / twoCalls).toFixed(2)}x)   rerun: npm run bench:engine`);

/** Time per plan at each size, and how it grows against the size: at most linear is the aim. */
const scale = (label, values, make) => {
  const rows = values.map((v) => ({ v, us: 1e6 / throughput(Array.from({ length: 10 }, (_, i) => make(v, i)), 600) }));
  const [first, last] = [rows[0], rows[rows.length - 1]];
  console.log(`engine scaling by ${label}: ${rows.map((r) => `${r.v}: ${r.us.toFixed(0)} µs`).join(', ')}`);
  console.log(`engine scaling by ${label}: ${last.v} take ${(last.us / first.us).toFixed(1)}x the time of ${first.v} (linear would be ${(last.v / first.v).toFixed(0)}x)   rerun: npm run bench:engine`);
};
scale('months (5 lines a month)', [1, 6, 12, 24], (months, i) => makePlan(i + 100, months, months * 5));
scale('lines (over 12 months)', [10, 50, 100, 250, 500], (items, i) => makePlan(i + 200, 12, items));
if (perCpu < FLOOR) process.exitCode = 1;
