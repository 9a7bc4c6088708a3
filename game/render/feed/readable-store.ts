// The two things the map needs from a zustand store: read it and listen to it. Keeping the
// map to this narrow shape lets the tests hand it fake stores that count their listeners.

export interface ReadableStore<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}
