import { expect } from '@open-wc/testing';
import { capOfCertificate, cardCapRange, cardCaps, certificateOfCap } from '../../src/engine/index.js';

/** A certificate as its card prints it, read from RULES.md §8's tables. */
describe('the caps a card prints', () => {
  it('lists each kind’s caps, lowest first', () => {
    expect(cardCaps('nanbyo')).to.deep.equal(['0', '1000', '2500', '5000', '10000', '20000', '30000']);
    expect(cardCaps('shoman')).to.deep.equal(['0', '500', '1250', '2500', '5000', '10000', '15000']);
    expect(cardCaps('tokutei')).to.deep.equal(['10000', '20000']);
  });

  it('reads a cap two tiers share by the household’s income: 5,000 is 低所得Ⅱ, or 一般所得Ⅰ with 高額かつ長期', () => {
    expect(certificateOfCap('nanbyo', '5000', true)).to.deep.equal({ tier: '低所得Ⅱ', reduced: false, ventilator: false });
    expect(certificateOfCap('nanbyo', '5000', false)).to.deep.equal({ tier: '一般所得Ⅰ', reduced: true, ventilator: false });
    expect(certificateOfCap('nanbyo', '20000', false)).to.deep.equal({ tier: '一般所得Ⅱ', reduced: false, ventilator: false });
    expect(certificateOfCap('shoman', '2500', false)).to.deep.equal({ tier: '一般所得Ⅰ', reduced: true, ventilator: false });
    expect(certificateOfCap('nanbyo', '1000', false)).to.deep.equal({ tier: '一般所得Ⅰ', reduced: false, ventilator: true });
    expect(certificateOfCap('nanbyo', '0', false)).to.deep.equal({ tier: '生活保護', reduced: false, ventilator: false });
    expect(certificateOfCap('nanbyo', '7777', false)).to.equal(undefined);
  });

  it('gives back the cap a certificate prints, whichever way it was read', () => {
    for (const kind of ['nanbyo', 'shoman'] as const) {
      for (const cap of cardCaps(kind)) {
        for (const low of [true, false]) expect(capOfCertificate(kind, certificateOfCap(kind, cap, low)!), `${kind} ${cap}`).to.equal(cap);
      }
    }
  });

  it('bounds an unknown cap by the income: 低所得 tiers, or the others with their lower variants', () => {
    expect(cardCapRange('nanbyo', true)).to.deep.equal(['2500', '5000']);
    expect(cardCapRange('nanbyo', false)).to.deep.equal(['5000', '30000']);
    expect(cardCapRange('shoman', false)).to.deep.equal(['2500', '15000']);
  });
});
