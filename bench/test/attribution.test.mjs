// The benchmark's long-task attribution and its floor reference, without a browser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { attribute } from '../measure.mjs';
import { floorScript } from '../floor.mjs';

describe('bench: which long tasks are a script’s', () => {
  const evaluation = { url: '/sdk/consentry/consentry.js', type: 'classic-script', start: 580, duration: 70 };
  const callback = { url: '/sdk/consentry/consentry.js', type: 'user-callback', start: 658.2, duration: 41.2 };

  it('a long task in which the script started is the script’s', () => {
    const { scripted } = attribute([{ start: 579.8, duration: 72 }], [evaluation], 2000);
    assert.equal(scripted.length, 1);
  });

  it('the rendering task that begins as the script’s own task ends is not, though they touch', () => {
    // The callback's task ends at 699.4 by its own entry; the frame's long task begins at 699 by its own.
    const render = { start: 699, duration: 138 };
    const { tasks, scripted } = attribute([render], [evaluation, callback], 2000);
    assert.equal(tasks.length, 1);
    assert.deepEqual(scripted, []);
  });

  it('only what happened before the click counts', () => {
    const late = { url: '/sdk/consentry/consentry.js', type: 'event-listener', start: 2100, duration: 60 };
    const { tasks, scripted, scripts } = attribute([{ start: 600, duration: 80 }, { start: 2099.9, duration: 61 }], [evaluation, late], 2000);
    assert.equal(tasks.length, 1);
    assert.equal(scripted.length, 0, 'the evaluation started before this long task');
    assert.deepEqual(scripts, [evaluation]);
  });
});

describe('bench: the floor reference', () => {
  it('shows Consentry’s own banner text and stylesheet, and reads the consent cookie first', () => {
    const js = floorScript();
    const en = readFileSync(new URL('../../src/i18n/en.ts', import.meta.url), 'utf8');
    const title = /\n  title: '([^']+)'/.exec(en)[1];
    assert.ok(js.includes(JSON.stringify(title)), 'the English title');
    assert.ok(js.includes('font-weight: 700'), 'the banner stylesheet');
    assert.match(js, /^\(\(\) => \{\n  if \(\/\(\^\|; \)consentry=\/\.test\(document\.cookie\)\) return;/);
    // It is a script a browser can run.
    assert.doesNotThrow(() => new Function(js));
  });
});
