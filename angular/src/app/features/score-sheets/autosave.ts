/**
 * Debounced saving per sheet: each edit restarts that sheet's timer; saves of one sheet never overlap
 * (a second one waits for the first, so it sends the concurrency stamp the first got back). Other
 * sheets save independently.
 */
export class Autosaver {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly save: (id: string) => Promise<void>, readonly delayMs = 800) {}

  /** An edit happened: save this sheet once the user pauses. */
  schedule(id: string): void {
    this.cancel(id);
    this.timers.set(id, setTimeout(() => { this.timers.delete(id); void this.run(id); }, this.delayMs));
  }

  /** Saves now (before a submit or when leaving the page) and resolves when the sheet is saved. */
  flush(id: string): Promise<void> {
    this.cancel(id);
    return this.run(id);
  }

  async flushAll(): Promise<void> {
    const ids = new Set([...this.timers.keys(), ...this.running.keys()]);
    await Promise.all([...ids].map(id => this.flush(id)));
  }

  isPending(id: string): boolean {
    return this.timers.has(id) || this.running.has(id);
  }

  get pendingCount(): number {
    return new Set([...this.timers.keys(), ...this.running.keys()]).size;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private cancel(id: string): void {
    const t = this.timers.get(id);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(id);
  }

  private run(id: string): Promise<void> {
    const previous = this.running.get(id) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.save(id));
    const tracked = next.finally(() => { if (this.running.get(id) === tracked) this.running.delete(id); });
    this.running.set(id, tracked);
    return tracked;
  }
}

/**
 * Time spent scoring, measured on this device only (DOMAIN.md §6 wants the burden visible; nothing is
 * sent anywhere): seconds count while the page is visible and the rater did something in the last
 * minute, so a tab left open overnight does not count.
 */
export class ActiveTimeMeter {
  private lastTick: number | null = null;
  private lastActivity: number | null = null;

  constructor(public totalMs = 0, readonly idleAfterMs = 60_000) {}

  activity(now: number): void {
    // Coming back after a pause: the pause itself does not count.
    if (this.lastActivity === null || now - this.lastActivity > this.idleAfterMs) this.lastTick = now;
    this.lastActivity = now;
  }

  tick(now: number, visible: boolean): number {
    if (this.lastTick !== null && visible && this.lastActivity !== null && now - this.lastActivity <= this.idleAfterMs) {
      this.totalMs += Math.max(0, Math.min(now - this.lastTick, this.idleAfterMs));
    }
    this.lastTick = now;
    return this.totalMs;
  }
}
