// The parts of the `edtf` package (ISO 8601-2 dates) the core uses; the package ships no types.
declare module 'edtf' {
  interface Extended {
    /** The first and the last millisecond the date or interval covers (±Infinity when open). */
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
    readonly type: string;
  }
  /** Parses an EDTF string; throws on anything that is not one. */
  export default function edtf(text: string): Extended;
}
