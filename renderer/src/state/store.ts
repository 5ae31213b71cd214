/**
 * The page's one store, built at start (main.tsx) and handed here once with `setAppStore`,
 * so components keep reading it as `useAppStore(selector)` and actions outside React as
 * `useAppStore.getState()`. Everything the store keeps lives in the store itself
 * (createAppStore.ts); a test builds its own with `createAppStore` and never comes here.
 */
import { useStore } from 'zustand';
import type { AppState, AppStore } from './createAppStore';

export type { AppState, AppStore } from './createAppStore';

/** Set once, before the first render; null only before that (a mistake, said so). */
let appStore: AppStore | null = null;

export function setAppStore(store: AppStore): void {
  appStore = store;
}

function theStore(): AppStore {
  if (!appStore) throw new Error('The app store is read before main.tsx set it.');
  return appStore;
}

function useAppStoreSelector<U>(selector: (state: AppState) => U): U {
  return useStore(theStore(), selector);
}

/** The page's store: a hook with a selector, plus the store's own getState/setState/subscribe. */
export const useAppStore = Object.assign(useAppStoreSelector, {
  getState: (): AppState => theStore().getState(),
  setState: (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)): void =>
    theStore().setState(partial),
  subscribe: ((listener) => theStore().subscribe(listener)) as AppStore['subscribe'],
});
