// What the player is looking at: the selected segment and the provider under the pointer.
// Kept apart from the game store so it is never saved and a hover never wakes game listeners.

import { createStore } from 'zustand/vanilla';

export interface ViewState {
  selectedSegment: string | null;
  hoveredProvider: string | null;
  selectSegment(segment: string | null): void;
  hoverProvider(provider: string | null): void;
}

export function createViewStore() {
  return createStore<ViewState>()((set, get) => ({
    selectedSegment: null,
    hoveredProvider: null,
    // Setting the same value again is skipped so that pointer moves inside one region do not
    // notify subscribers every frame.
    selectSegment(segment) {
      if (get().selectedSegment !== segment) set({ selectedSegment: segment });
    },
    hoverProvider(provider) {
      if (get().hoveredProvider !== provider) set({ hoveredProvider: provider });
    },
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;
