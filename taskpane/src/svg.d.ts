/** An .svg file imported by the bundle (build.mjs loads them as text): its markup. */
declare module '*.svg' {
  const markup: string;
  export default markup;
}
