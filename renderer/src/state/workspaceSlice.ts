import type { StateCreator } from 'zustand';
import type { Api, BackupInfo, ModelPages, WorkspaceStatus } from '../../../shared/api/contract';
import type { MapId, MapSummary } from '../../../shared/model';
import { ApiError, messageOf } from '../api/apiError';
import type { AppState } from './createAppStore';

export type Route =
  | { readonly view: 'home' }
  | { readonly view: 'map'; readonly id: MapId }
  /** A to-be map beside the as-is map it was derived from. */
  | { readonly view: 'compare'; readonly id: MapId };

export interface WorkspaceSlice {
  status: WorkspaceStatus | null;
  maps: readonly MapSummary[] | null;
  trash: readonly MapSummary[];
  route: Route;
  /**
   * A short message about the last action that went wrong on this screen (Home, or a file
   * dropped on a map): shown until dismissed, another action is taken, or the screen changes.
   */
  notice: string | null;
  /**
   * What the last import of a process model brought in and left out ("Imported 23 steps,
   * …; left out: …"), shown over the map it opened until dismissed: news, not an error.
   */
  importReport: string | null;
  setImportReport(report: string | null): void;
  /** The backups that can be restored, newest first; null until loaded. */
  backups: readonly BackupInfo[] | null;
  /**
   * Set when a save found the workspace file deleted or replaced while open: nothing more
   * is saved until the person saves everything to a new workspace (`rescueWorkspace`).
   * The open map and its unsaved edits stay on screen meanwhile.
   */
  workspaceLost: string | null;
  loadWorkspace(): Promise<void>;
  /** Reacts to a failed call: a vanished workspace file raises `workspaceLost`. */
  noticeFailure(error: unknown): void;
  /** After "in use by another window": tries to take the data folder again. */
  retryWorkspace(): Promise<void>;
  /** Copies everything into a new workspace file, then sends the edits that waited. */
  rescueWorkspace(): Promise<void>;
  refreshMaps(): Promise<void>;
  startFresh(): Promise<void>;
  loadBackups(): Promise<void>;
  /**
   * Opens a copy of a backup as the workspace (the current file is kept) and goes Home;
   * a refusal becomes the notice. Resolves true when the workspace is open.
   */
  restoreBackup(id: string): Promise<boolean>;
  createMap(name: string): Promise<MapId | null>;
  /** Creates a copy of the bundled example, "Campaign launch (as-is)". */
  createFromExample(): Promise<MapId | null>;
  /** Makes a to-be copy of an as-is map, linked to it; returns the new map's id. */
  startRedesign(id: MapId): Promise<MapId | null>;
  /** A new map from the text of a portable map file; a refusal becomes the notice. */
  importMap(text: string): Promise<MapId | null>;
  /** A new map from a PDF Decision Map exported (it carries the map file); a refusal becomes the notice. */
  importPdf(base64: string): Promise<MapId | null>;
  /**
   * A new map from a process model (BPMN, draw.io): the import's report ("Imported 23
   * steps, …; left out: …") becomes `importReport`, so nothing is dropped silently; a
   * refusal becomes the notice. A draw.io file of several pages sent without `page` (an
   * index into its pages) imports nothing and answers with its pages, to pick one.
   */
  importModel(fileName: string, base64: string, page?: number): Promise<MapId | ModelPages | null>;
  renameMap(id: MapId, name: string): Promise<void>;
  duplicateMap(id: MapId): Promise<void>;
  deleteMap(id: MapId): Promise<void>;
  restoreMap(id: MapId): Promise<void>;
  emptyTrash(): Promise<void>;
  navigate(route: Route): void;
  setNotice(notice: string | null): void;
}

/** The route lives in the address hash so a reload lands where the person was. */
export function routeFromHash(hash: string): Route {
  const match = /^#\/(map|compare)\/([^/]+)$/.exec(hash);
  if (!match) return { view: 'home' };
  return { view: match[1] as 'map' | 'compare', id: decodeURIComponent(match[2]!) as MapId };
}

function hashOf(route: Route): string {
  return route.view === 'home' ? '#/' : `#/${route.view}/${encodeURIComponent(route.id)}`;
}

/** Where the route is kept: the page's address (`window.location`), or a stand-in in a test. */
export interface Address {
  hash: string;
}

/** The calls Home makes, and where the route is kept (see AppStoreDeps). */
export interface WorkspaceDeps {
  readonly api: Api;
  readonly address?: Address;
}

type Creator = StateCreator<AppState, [], [], WorkspaceSlice>;

export const createWorkspaceSlice =
  (deps: WorkspaceDeps): Creator =>
  (set, get) =>
    workspaceSlice(deps, set, get);

function workspaceSlice(
  { api, address = window.location }: WorkspaceDeps,
  set: Parameters<Creator>[0],
  get: Parameters<Creator>[1],
): WorkspaceSlice {
  /** Runs a call; on failure shows its message instead of throwing into React. */
  async function attempt<T>(call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (error) {
      get().noticeFailure(error);
      set({ notice: messageOf(error) });
      return null;
    }
  }

  /**
   * Something the person asked for: the message of an earlier action goes (it is answered
   * or out of date), and only this one's failure shows.
   */
  function act<T>(call: () => Promise<T>): Promise<T | null> {
    set({ notice: null });
    return attempt(call);
  }

  return {
    status: null,
    maps: null,
    trash: [],
    route: routeFromHash(address.hash),
    notice: null,
    importReport: null,
    backups: null,
    workspaceLost: null,

    noticeFailure(error) {
      if (error instanceof ApiError && error.code === 'WORKSPACE_GONE') {
        set({ workspaceLost: error.message });
      }
    },

    async retryWorkspace() {
      const status = await attempt(() => api['workspace:retry']({}));
      if (status) set({ status, notice: null });
      if (status?.state === 'ready') await get().refreshMaps();
    },

    async rescueWorkspace() {
      const status = await attempt(() => api['workspace:rescue']({}));
      if (status?.state !== 'ready') return;
      set({
        status,
        workspaceLost: null,
        notice: `Everything was saved to a new workspace file: ${status.path}`,
      });
      await get().flushSaves();
      await get().refreshMaps();
    },

    async loadWorkspace() {
      const status = await attempt(() => api['workspace:status']({}));
      set({ status });
      if (status?.state === 'ready') await get().refreshMaps();
    },

    async refreshMaps() {
      const lists = await attempt(() => Promise.all([api['maps:list']({}), api['maps:trash']({})]));
      if (lists) set({ maps: lists[0], trash: lists[1] });
    },

    async startFresh() {
      const status = await act(() => api['workspace:startFresh']({}));
      if (status) set({ status });
      if (status?.state === 'ready') await get().refreshMaps();
    },

    async loadBackups() {
      const backups = await attempt(() => api['workspace:backups']({}));
      set({ backups: backups ?? [] });
    },

    async restoreBackup(id) {
      set({ notice: null });
      const status = await attempt(() => api['workspace:restoreBackup']({ id }));
      if (status?.state !== 'ready') return false;
      // The maps first, so Home appears with them rather than empty for a moment.
      await get().refreshMaps();
      get().navigate({ view: 'home' });
      set({ status, backups: null });
      return true;
    },

    async createMap(name) {
      const created = await act(() => api['maps:create']({ name }));
      await get().refreshMaps();
      return created?.id ?? null;
    },

    async createFromExample() {
      const created = await act(() =>
        api['maps:createFromExample']({ example: 'campaign-launch' }),
      );
      await get().refreshMaps();
      return created?.id ?? null;
    },

    async importMap(text) {
      const created = await act(() => api['maps:import']({ text }));
      await get().refreshMaps();
      return created?.id ?? null;
    },

    async importPdf(base64) {
      const created = await act(() => api['maps:importPdf']({ base64 }));
      await get().refreshMaps();
      return created?.id ?? null;
    },

    async importModel(fileName, base64, page) {
      const imported = await attempt(() =>
        api['maps:importModel'](
          page === undefined ? { fileName, base64 } : { fileName, base64, page },
        ),
      );
      if (imported && 'pages' in imported) return imported;
      await get().refreshMaps();
      if (imported) set({ importReport: imported.report });
      return imported?.map.id ?? null;
    },

    async startRedesign(id) {
      const created = await act(() => api['maps:startRedesign']({ id }));
      await get().refreshMaps();
      return created?.id ?? null;
    },

    async renameMap(id, name) {
      await act(() => api['maps:rename']({ id, name }));
      await get().refreshMaps();
    },

    async duplicateMap(id) {
      await act(() => api['maps:duplicate']({ id }));
      await get().refreshMaps();
    },

    async deleteMap(id) {
      await act(() => api['maps:delete']({ id }));
      await get().refreshMaps();
    },

    async restoreMap(id) {
      await act(() => api['maps:restore']({ id }));
      await get().refreshMaps();
    },

    async emptyTrash() {
      await act(() => api['maps:emptyTrash']({}));
      await get().refreshMaps();
    },

    navigate(route) {
      if (address.hash !== hashOf(route)) address.hash = hashOf(route);
      // A message belongs to the screen that raised it: another screen starts without it; an
      // import's report is about the map it opened, so back on Home it has been read.
      const before = get().route;
      const moved =
        route.view !== before.view || ('id' in route && route.id !== (before as { id?: MapId }).id);
      set({
        route,
        ...(moved ? { notice: null } : {}),
        ...(route.view === 'home' ? { importReport: null } : {}),
      });
    },

    setNotice(notice) {
      set({ notice });
    },

    setImportReport(importReport) {
      set({ importReport });
    },
  };
}
