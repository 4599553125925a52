// jsdom lacks what ng-zorro and ngx-echarts measure with.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
if (!window.matchMedia) {
  window.matchMedia = (query: string) => ({
    matches: false, media: query, onchange: null,
    addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
  }) as MediaQueryList;
}

// jsdom has no canvas: ECharts would draw on a null 2D context and throw outside the tests. A context
// whose methods do nothing lets the chart components render; what they draw is tested on their options.
const noop = () => undefined;
const context2d = new Proxy({}, {
  get: (_target, key) => (key === 'measureText' ? () => ({ width: 0 }) : key === 'canvas' ? undefined : noop),
  set: () => true,
});
HTMLCanvasElement.prototype.getContext = (() => context2d) as unknown as HTMLCanvasElement['getContext'];
