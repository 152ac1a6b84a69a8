// The embed that npm test builds keeps the licence notices of lit and decimal.js, which it
// bundles: a banner in futan.js naming each, one in each chunk that holds their code, and
// dist/futan.js.LICENSE.txt beside them with the full texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noticeProblems } from '../../scripts/check-notices.mjs';

test('dist/futan.js names futan, lit and decimal.js with their licences, and the notices file beside it holds the texts', () => {
  assert.deepEqual(noticeProblems('dist'), []);
});
