// The part of jsdom the map test uses (jsdom ships no types; @types/jsdom would
// pull DOM types into the whole project).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string)
    readonly window: {document: unknown}
  }
}
