// What the player is looking at: the selected segment, the provider under the pointer and which
// share the map draws (volume or revenue).
// Kept apart from the game store so it is never saved and a hover never wakes game listeners.

import { createStore } from 'zustand/vanilla';

/** Which share the map draws: served volume (RSU) or IaaS revenue. */
export type MapShare = 'volume' | 'revenue';

export interface ViewState {
  selectedSegment: string | null;
  hoveredProvider: string | null;
  mapShare: MapShare;
  /** Which share the report's waterfall explains. */
  explainShare: MapShare;
  /** The report was opened from the quarter screen to look back (P, or Full report), not
   * reached by ending the quarter: its button returns to the same quarter. */
  reportReview: boolean;
  selectSegment(segment: string | null): void;
  hoverProvider(provider: string | null): void;
  setMapShare(measure: MapShare): void;
  setExplainShare(measure: MapShare): void;
  setReportReview(review: boolean): void;
}

export function createViewStore() {
  return createStore<ViewState>()((set, get) => ({
    selectedSegment: null,
    hoveredProvider: null,
    // Every share objective counts volume, so the map opens on volume share too.
    mapShare: 'volume',
    explainShare: 'volume',
    reportReview: false,
    // Setting the same value again is skipped so that pointer moves inside one region do not
    // notify subscribers every frame.
    selectSegment(segment) {
      if (get().selectedSegment !== segment) set({ selectedSegment: segment });
    },
    hoverProvider(provider) {
      if (get().hoveredProvider !== provider) set({ hoveredProvider: provider });
    },
    setMapShare(measure) {
      if (get().mapShare !== measure) set({ mapShare: measure });
    },
    setExplainShare(measure) {
      if (get().explainShare !== measure) set({ explainShare: measure });
    },
    setReportReview(review) {
      if (get().reportReview !== review) set({ reportReview: review });
    },
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;
