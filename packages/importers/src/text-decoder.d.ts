// TextDecoder exists in every runtime we support (Node ≥ 11, all browsers), but this package is
// compiled without DOM or Node types so that nothing environment-specific leaks into the parsers.
// Declaring just the part we use keeps that guarantee; keep it to the WHATWG signature.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
