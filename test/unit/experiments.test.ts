import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import { applyExperiment, checkExperiment, draw, random, type Arm } from '../../src/experiments/arms.js';
import { errors, jsonConfig } from './helpers.js';

const NAME = 'unit_experiments';
const KEY = `consentry:${NAME}:arm`;

/** A configuration whose JSON runs `experiments`. */
const configured = (experiments: unknown, id = 'exp-json') => resolveConfig({ 'cookie-name': NAME, config: jsonConfig(id, { experiments }) }, {});

describe('experiments: the weighted draw', () => {
  it('gives each arm the share of its weight, over many draws from the cryptographic generator', () => {
    const arms: Arm[] = [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 3 },
      { id: 'off', weight: 0 },
    ];
    const counts: Record<string, number> = { a: 0, b: 0, off: 0 };
    const n = 40_000;
    for (let i = 0; i < n; i++) counts[draw(arms, random()).id]++;
    // Expected 10,000 and 30,000; a binomial's standard deviation here is about 87, so ±600 is ~7 of them.
    expect(Math.abs(counts.a - n / 4)).to.be.below(600);
    expect(Math.abs(counts.b - (3 * n) / 4)).to.be.below(600);
    expect(counts.off).to.equal(0);
  });

  it('splits [0, 1) at the weights exactly', () => {
    const arms: Arm[] = [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 1 },
    ];
    expect(draw(arms, 0).id).to.equal('a');
    expect(draw(arms, 0.4999).id).to.equal('a');
    expect(draw(arms, 0.5).id).to.equal('b');
    expect(draw(arms, 0.99999).id).to.equal('b');
  });
});

describe('experiments: fair arms only', () => {
  const fair = { id: 'a', weight: 1 };
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['prominence', { id: 'p1', styles: { accept: 'big' } }, /arm "p1" changes the buttons' prominence/],
    ['order', { id: 'o1', order: ['acceptAll', 'rejectAll'] }, /arm "o1" changes the buttons' order/],
    ['a button', { id: 'b1', texts: { en: { rejectAll: 'No thanks' } } }, /arm "b1" changes a button \("texts\.en\.rejectAll"\)/],
    ['a pre-ticked switch', { id: 't1', categories: { analytics: true } }, /arm "t1" pre-ticks a switch/],
    ['no reject on the first layer', { id: 'r1', mode: 'notice' }, /arm "r1" drops the first layer's reject option/],
    ['anything else', { id: 'x1', script: 'x' }, /arm "x1" has "script": an arm may change only texts, layout and position/],
  ];
  for (const [kind, arm, message] of cases)
    it(`refuses an arm that changes ${kind}, naming the experiment and the arm`, () => {
      let checked: ReturnType<typeof checkExperiment>;
      const seen = errors(() => (checked = checkExperiment({ id: 'fair-' + String(arm.id), arms: [fair, arm] })));
      expect(seen.length).to.equal(1);
      expect(seen[0]).to.match(new RegExp(`experiment "fair-${String(arm.id)}"`));
      expect(seen[0]).to.match(message);
      expect(seen[0]).to.contain('see the first arm ("a")');
      expect([...checked!.refused]).to.deep.equal([arm.id]);
    });

  it('a visitor drawn to a refused arm sees the control', () => {
    localStorage.setItem(KEY, JSON.stringify({ experiment: 'refused-1', arm: 'b' }));
    const config = configured(
      {
        id: 'refused-1',
        arms: [
          { id: 'a', texts: { en: { title: 'Control' } } },
          { id: 'b', theme: 'dark', texts: { en: { title: 'Unfair' } } },
        ],
      },
      'exp-refused',
    );
    const seen = errors(() => applyExperiment(config));
    expect(config.arm).to.equal('a');
    expect(config.texts.en.title).to.equal('Control');
    expect(seen.join()).to.match(/experiment "refused-1", arm "b" changes the buttons' prominence \("theme"\)/);
    localStorage.removeItem(KEY);
  });

  it('an unfair control stops the experiment', () => {
    const config = configured({ id: 'bad-control', arms: [{ id: 'a', reject: false }, { id: 'b' }] }, 'exp-bad-control');
    const seen = errors(() => applyExperiment(config));
    expect(config.arm).to.equal(undefined);
    expect(seen.join()).to.match(
      /experiment "bad-control": its first arm "a" \(the control\) drops the first layer's reject option \("reject"\); no experiment runs/,
    );
  });

  it('an arm changes texts, layout and position, and is kept under the arm key until a decision', () => {
    localStorage.setItem(KEY, JSON.stringify({ experiment: 'wording-1', arm: 'b' }));
    const config = configured(
      {
        id: 'wording-1',
        arms: [
          { id: 'a', weight: 1 },
          { id: 'b', weight: 1, layout: 'box', position: 'top', texts: { en: { title: 'Short title', text: 'Short text' } } },
        ],
      },
      'exp-wording',
    );
    expect(errors(() => applyExperiment(config))).to.deep.equal([]);
    expect(config.arm).to.equal('b');
    expect([config.layout, config.position, config.texts.en.title, config.texts.en.text]).to.deep.equal(['box', 'top', 'Short title', 'Short text']);
    localStorage.removeItem(KEY);
  });
});
