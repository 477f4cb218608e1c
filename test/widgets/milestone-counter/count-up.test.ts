import { expect } from '@open-wc/testing';
import { CountUp, easeOutCubic, valueAt } from '../../../src/widgets/milestone-counter/count-up.js';
import { installMotionStubs, type MotionStubs } from './motion-stubs.js';

describe('easeOutCubic', () => {
  it('runs from 0 to 1, fast at first', () => {
    expect(easeOutCubic(0)).to.equal(0);
    expect(easeOutCubic(1)).to.equal(1);
    expect(easeOutCubic(0.5)).to.be.above(0.5);
  });
});

describe('valueAt', () => {
  it('lands exactly on the final value', () => {
    expect(valueAt(0, 126, 1)).to.equal(126);
    expect(valueAt(102, 126, 0)).to.equal(102);
    expect(valueAt(0, 100, 0.5)).to.equal(50);
  });
});

describe('CountUp', () => {
  let motion: MotionStubs;
  beforeEach(() => (motion = installMotionStubs()));
  afterEach(() => motion.restore());

  it('steps once per frame by the clock and ends with exactly 1', () => {
    const seen: number[] = [];
    const countUp = new CountUp();
    countUp.start(
      1000,
      (progress) => seen.push(progress),
      (t) => t,
    );
    expect(seen, 'nothing before the first frame').to.deep.equal([]);
    motion.advance(250);
    motion.advance(250);
    expect(seen).to.deep.equal([0.25, 0.5]);
    expect(countUp.running).to.be.true;
    motion.advance(600);
    expect(seen).to.deep.equal([0.25, 0.5, 1]);
    expect(countUp.running).to.be.false;
    expect(motion.pendingFrames).to.equal(0);
  });

  it('finishes at once for a duration of 0, without asking for a frame', () => {
    const seen: number[] = [];
    new CountUp().start(0, (progress) => seen.push(progress));
    expect(seen).to.deep.equal([1]);
    expect(motion.requestedFrames).to.equal(0);
  });

  it('stops when cancelled', () => {
    const seen: number[] = [];
    const countUp = new CountUp();
    countUp.start(1000, (progress) => seen.push(progress));
    countUp.cancel();
    motion.advance(2000);
    expect(seen).to.deep.equal([]);
  });
});
