/**
 * A component whose code is split out of the first load (a dynamic `import()`) and can be
 * fetched ahead of its first use. Until its code is in it renders nothing and fetches it;
 * then it renders the loaded component. Not React.lazy: content that suspended is revealed
 * up to 300 ms late (React's fallback throttle), and the matrix view, opened by a key, took
 * 400 ms where the one in the first load took 190 (tests/bench/matrix.bench.ts).
 */
import { useEffect, useState, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  readonly Component: ComponentType<P>;
  /** Fetches and runs the component's code, once; later calls return the same promise. */
  preload(): Promise<unknown>;
}

export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  function Component(props: P) {
    // A component is kept in state as a function's result: a bare function would be called.
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!Loaded) void preload().then((component) => setLoaded(() => component));
    }, [Loaded]);
    return Loaded ? <Loaded {...props} /> : null;
  }
  return { Component, preload };
}
