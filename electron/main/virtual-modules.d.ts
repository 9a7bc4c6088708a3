// Modules electron/build.mjs makes at build time.
declare module 'virtual:class-scenarios' {
  /** Every scenarios/*.yaml as shipped: its id (the file name) and its text. */
  const scenarios: { id: string; text: string }[];
  export default scenarios;
}
