/**
 * A component whose code is split out of the first load (a dynamic `import()`) and can be
 * fetched ahead of its first use. Until its code is in it renders nothing and fetches it;
 * then it renders the loaded component. Code that fails to load (a file gone since the page
 * was opened) is thrown to the screen's error boundary, and the next use tries again.
 * Not React.lazy: content that suspended is revealed up to 300 ms late (React's fallback
 * throttle), and the matrix view, opened by a key, took 400 ms where the one in the first
 * load took 190 (tests/bench/matrix.bench.ts).
 */
import { useEffect, useState, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  readonly Component: ComponentType<P>;
  /** Fetches and runs the component's code, once; later calls return the same promise. */
  preload(): Promise<ComponentType<P>>;
}

export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  function Component(props: P) {
    // A component is kept in state as a function's result: a bare function would be called.
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (Loaded) return;
      preload().then(
        (component) => setLoaded(() => component),
        (error: unknown) => setFailure({ error }),
      );
    }, [Loaded]);
    if (failure) throw failure.error;
    return Loaded ? <Loaded {...props} /> : null;
  }
  return { Component, preload };
}
