import { ActiveTimeMeter, Autosaver } from './autosave';

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a sheet once after the user pauses, however many edits came before', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const saver = new Autosaver(save, 800);
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(500);
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(500);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('a');
  });

  it('keeps a timer per sheet', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const saver = new Autosaver(save, 800);
    saver.schedule('a');
    await vi.advanceTimersByTimeAsync(400);
    saver.schedule('b');
    await vi.advanceTimersByTimeAsync(400);
    expect(save.mock.calls).toEqual([['a']]);
    await vi.advanceTimersByTimeAsync(400);
    expect(save.mock.calls).toEqual([['a'], ['b']]);
  });

  it('never runs two saves of the same sheet at once', async () => {
    const order: string[] = [];
    let release!: () => void;
    const save = vi.fn((id: string) => {
      order.push(`start ${id}`);
      return order.length === 1 ? new Promise<void>(r => { release = () => { order.push('end 1'); r(); }; }) : Promise.resolve();
    });
    const saver = new Autosaver(save, 100);
    const first = saver.flush('a');
    const second = saver.flush('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start a']);
    expect(saver.isPending('a')).toBe(true);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['start a', 'end 1', 'start a']);
    expect(saver.isPending('a')).toBe(false);
  });

  it('flushes a scheduled save at once, and a failed save does not block the next one', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('409')).mockResolvedValue(undefined);
    const saver = new Autosaver(save, 800);
    saver.schedule('a');
    await expect(saver.flush('a')).rejects.toThrow('409');
    await saver.flush('a');
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2); // the timer was cancelled by the flush
  });

  it('counts sheets waiting to be saved and flushes them all', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    const saver = new Autosaver(save, 800);
    saver.schedule('a');
    saver.schedule('b');
    expect(saver.pendingCount).toBe(2);
    await saver.flushAll();
    expect(save).toHaveBeenCalledTimes(2);
    expect(saver.pendingCount).toBe(0);
  });
});

describe('ActiveTimeMeter', () => {
  it('counts time while the page is visible and the rater is active', () => {
    const meter = new ActiveTimeMeter(0, 60_000);
    meter.activity(0);
    meter.tick(1000, true);
    meter.tick(2000, true);
    expect(meter.totalMs).toBe(2000);
  });

  it('does not count a hidden page or an idle rater', () => {
    const meter = new ActiveTimeMeter(5000, 60_000);
    meter.activity(0);
    meter.tick(1000, false);
    expect(meter.totalMs).toBe(5000);
    meter.tick(61_000, true); // last activity 61 s ago
    expect(meter.totalMs).toBe(5000);
    meter.activity(70_000);
    meter.tick(71_000, true);
    expect(meter.totalMs).toBe(6000);
  });

  it('counts nothing before the first activity', () => {
    const meter = new ActiveTimeMeter();
    meter.tick(1000, true);
    meter.tick(2000, true);
    expect(meter.totalMs).toBe(0);
  });
});
