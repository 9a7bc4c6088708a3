// Modules Vite makes at build time (see vite.config.ts).
declare module 'virtual:shipped-scenarios' {
  import type { Scenario } from './engine/index.ts';
  const shipped: { id: string; file: string; text: string; scenario: Scenario }[];
  export default shipped;
}
