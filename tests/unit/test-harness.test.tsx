// The unit-test harness itself (tests/unit/setup.ts): a render that lands just before a test file's
// environment is torn down must not leave a Preact timer behind that calls cancelAnimationFrame
// after jsdom has removed it (that unhandled error once failed a run in which every test passed).
import { render, screen } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { expect, it, vi } from 'vitest';

let setCount: (n: number) => void = () => {};
function Counter() {
  const [n, setN] = useState(0);
  setCount = setN;
  useEffect(() => {}, [n]);
  return <p>{`count ${n}`}</p>;
}

it('an effect scheduled outside act, as teardown begins, never reaches for cancelAnimationFrame', async () => {
  const g = globalThis as { requestAnimationFrame?: unknown; cancelAnimationFrame?: unknown };
  const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = g;
  render(<Counter />);
  vi.useFakeTimers();
  try {
    // What teardown does: jsdom's frames stop, then the frame functions leave the global object.
    g.requestAnimationFrame = () => 0;
    setCount(1); // outside act, like a live query that answers after the last assertion
    await Promise.resolve(); // Preact renders on the next microtask
    expect(screen.getByText('count 1')).toBeInTheDocument();
    delete g.cancelAnimationFrame;
    expect(() => vi.advanceTimersByTime(100)).not.toThrow();
  } finally {
    vi.useRealTimers();
    g.requestAnimationFrame = raf;
    g.cancelAnimationFrame = caf;
  }
});
