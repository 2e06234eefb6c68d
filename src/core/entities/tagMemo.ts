// compromise's tags for a window of words depend on the window's text alone, and tagging is about
// half of what analysing a part costs. A document being edited keeps, with each part, the windows its
// analysis tagged; a part analysed again after an edit looks them up among the windows of the parts
// it replaces, so only windows whose text changed go to compromise.

/** compromise's tags for each token of a window. */
export type WindowTags = ReadonlyArray<ReadonlySet<string>>;

export class TagMemo {
  /** The windows this analysis used, found or tagged: what its part keeps for the next one. */
  readonly used = new Map<string, WindowTags>();
  /** Windows sent to compromise. */
  tagged = 0;

  constructor(private readonly earlier: ReadonlyMap<string, WindowTags> = new Map()) {}

  /** The tags of the window `key` names (its text and how it was cut into tokens), tagging it only when no earlier analysis did. */
  tags(key: string, tag: () => WindowTags): WindowTags {
    let tags = this.used.get(key) ?? this.earlier.get(key);
    if (tags === undefined) {
      tags = tag();
      this.tagged++;
    }
    this.used.set(key, tags);
    return tags;
  }
}
