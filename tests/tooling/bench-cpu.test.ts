import { describe, expect, it } from 'vitest';
import { calibrateCpu, LIGHTHOUSE_SLOWDOWN, slowdownFor } from '../../bench/cpu';

// The bench's phone is Lighthouse's: 4× on a high-end desktop (benchmark index 1500–2000). A faster
// machine gets a larger factor, so a target is not met just because the bench ran on a fast machine.
describe('the CPU slowdown the bench uses for a phone', () => {
  it('is Lighthouse’s 4× in the middle of the high-end desktop bracket, and grows with the machine’s speed', () => {
    expect(slowdownFor(1750)).toBe(LIGHTHOUSE_SLOWDOWN);
    expect(slowdownFor(2750)).toBe(6.3);
    expect(slowdownFor(1500)).toBeLessThan(slowdownFor(2000));
  });

  it('never speeds a slow machine up', () => {
    expect(slowdownFor(300)).toBe(1);
    expect(slowdownFor(0)).toBe(1);
  });

  it('takes BENCH_CPU_SLOWDOWN as given, and refuses a value that is not a factor', async () => {
    await expect(calibrateCpu('http://unused.invalid/', 1, '4')).resolves.toMatchObject({ slowdown: 4, benchmarkIndex: null });
    await expect(calibrateCpu('http://unused.invalid/', 1, 'fast')).rejects.toThrow('BENCH_CPU_SLOWDOWN must be a number ≥ 1, not "fast"');
    await expect(calibrateCpu('http://unused.invalid/', 1, '0.5')).rejects.toThrow('BENCH_CPU_SLOWDOWN');
  });
});
