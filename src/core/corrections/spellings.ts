// The ways an entity's mentions are written, each normalised once. A long briefing writes an
// entity's name a few ways thousands of times: comparing with a short list of spellings is faster
// than hashing every mention's text.
const LIST_LIMIT = 8;

export class Spellings {
  private readonly texts: string[] = [];
  private readonly formOf: string[] = [];
  private index: Map<string, number> | undefined;
  // Consecutive mentions mostly write the name the same way.
  private lastText: string | undefined;
  private lastForm = '';
  /** Every form met, in order of first appearance. */
  readonly forms = new Set<string>();

  constructor(private readonly normal: (text: string) => string) {}

  /** The normalised form of a mention's text. */
  form(text: string): string {
    if (text === this.lastText) return this.lastForm;
    let k = this.index ? (this.index.get(text) ?? -1) : this.texts.indexOf(text);
    if (k < 0) {
      k = this.texts.push(text) - 1;
      const form = this.normal(text);
      this.formOf.push(form);
      this.forms.add(form);
      this.index?.set(text, k);
      if (!this.index && this.texts.length > LIST_LIMIT) this.index = new Map(this.texts.map((t, i) => [t, i]));
    }
    this.lastText = text;
    this.lastForm = this.formOf[k]!;
    return this.lastForm;
  }
}
